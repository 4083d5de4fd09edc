import type { ClientMessage, ServerMessage } from '../../shared/protocol/messages.js';
import type { FirstCall } from '../../shared/protocol/first-calls.js';
import type { LinkStatus, Port } from './port.js';

export interface FakePort {
  readonly port: Port;
  /** What the client posted, in order. */
  readonly posted: ClientMessage[];
  deliver(message: ServerMessage): void;
  setLink(status: LinkStatus): void;
  readonly messageListenerCount: number;
  readonly reconnects: number;
  readonly closed: boolean;
}

/**
 * A Port for tests that plays the backend. Without an initial link status it behaves like
 * Electron's bridge (always open); with one, like a WebSocket that can drop. `early`: calls the
 * link already carried (the boot script's).
 */
export const createFakePort = (initial?: LinkStatus, early?: readonly FirstCall[]): FakePort => {
  const posted: ClientMessage[] = [];
  const messageListeners = new Set<(message: ServerMessage) => void>();
  const linkListeners = new Set<(status: LinkStatus) => void>();
  let status: LinkStatus | undefined = initial;
  let reconnects = 0;
  let closed = false;

  const port: Port = {
    early,
    post(message) {
      if (status && status.state !== 'open') throw new Error(`posted while the link is ${status.state}`);
      posted.push(message);
    },
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    close() {
      closed = true;
    },
  };
  if (initial) {
    port.onLinkChange = (listener) => {
      linkListeners.add(listener);
      if (status) listener(status);
      return () => linkListeners.delete(listener);
    };
    port.reconnectNow = () => {
      reconnects++;
    };
  }

  return {
    port,
    posted,
    deliver(message) {
      for (const listener of [...messageListeners]) listener(message);
    },
    setLink(next) {
      status = next;
      for (const listener of [...linkListeners]) listener(next);
    },
    get messageListenerCount() {
      return messageListeners.size;
    },
    get reconnects() {
      return reconnects;
    },
    get closed() {
      return closed;
    },
  };
};
