import type { ClientMessage, ServerMessage } from '../../shared/protocol/messages.js';
import type { FirstCall } from '../../shared/protocol/first-calls.js';

/** The state of the link between this page and Berth's backend (not the Docker engine). */
export type LinkStatus =
  | { readonly state: 'connecting' }
  | { readonly state: 'open' }
  | {
      readonly state: 'lost';
      readonly reason: string;
      /** Epoch ms of the next automatic reconnect attempt. */
      readonly nextAttemptAt: number;
    };

/**
 * One message pipe to the backend. Electron's preload bridge is always open; a WebSocket can
 * drop and come back, which it reports through `onLinkChange`.
 */
export interface Port {
  /**
   * Calls already made on the first link before the app loaded (the backend ran them for web
   * mode's boot socket): the client's first call on each of those channels takes the answer
   * instead of asking again.
   */
  readonly early?: readonly FirstCall[];
  /** Only called while the link is open. */
  post(message: ClientMessage): void;
  onMessage(listener: (message: ServerMessage) => void): () => void;
  /** Absent when the link cannot drop; listeners get the current status immediately. */
  onLinkChange?(listener: (status: LinkStatus) => void): () => void;
  /** Skip the rest of the backoff and try to reconnect now. */
  reconnectNow?(): void;
  close?(): void;
}
