import { BRIDGE_CHANNEL } from '../../shared/protocol/bridge.js';
import type { ServerMessage } from '../../shared/protocol/messages.js';
import type { Disposable, Session } from '../core/index.js';
import { isAppUrl } from './app-origin.js';

/*
 * The only main-side IPC entry point. It is written against the few members of Electron's
 * ipcMain / WebContents / WebFrameMain it uses, so the real objects fit these interfaces
 * structurally and tests drive it with plain fakes under Node.
 */

/** The members of `WebFrameMain` the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/** The members of `did-start-navigation`'s details the adapter reads. */
export interface NavigationStart {
  readonly url: string;
  readonly isMainFrame: boolean;
  readonly isSameDocument: boolean;
}

/** The members of `WebContents` the adapter uses. */
export interface AdapterWebContents {
  readonly mainFrame: SenderFrame;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
  on(event: 'destroyed' | 'render-process-gone', listener: () => void): unknown;
  on(event: 'did-start-navigation', listener: (details: NavigationStart) => void): unknown;
  removeListener(event: 'destroyed' | 'render-process-gone', listener: () => void): unknown;
  removeListener(event: 'did-start-navigation', listener: (details: NavigationStart) => void): unknown;
}

/** The members of `IpcMainEvent` the adapter reads. */
export interface AdapterIpcEvent {
  readonly sender: AdapterWebContents;
  /** Electron documents null once the frame navigated away or was destroyed. */
  readonly senderFrame: SenderFrame | null;
}

export type AdapterIpcListener = (event: AdapterIpcEvent, ...args: unknown[]) => void;

/** The members of `ipcMain` the adapter uses. */
export interface IpcMainLike {
  on(channel: string, listener: AdapterIpcListener): unknown;
  removeListener(channel: string, listener: AdapterIpcListener): unknown;
}

/** What the adapter needs from the backend: `Backend` satisfies it. */
export interface SessionFactory {
  createSession(send: (message: ServerMessage) => void): Session;
}

export type RejectReason = 'foreign-window' | 'no-frame' | 'sub-frame' | 'foreign-origin';

export interface IpcAdapterOptions {
  readonly ipcMain: IpcMainLike;
  readonly backend: SessionFactory;
  /** Told about every refused message (the sender is never told); for diagnostics only. */
  readonly onReject?: (reason: RejectReason) => void;
}

export interface IpcAdapter extends Disposable {
  /** Accepts messages from this window's main frame, on our origin, from now on. */
  attach(contents: AdapterWebContents): Disposable;
  /** Open sessions: at most one per attached window. */
  readonly sessionCount: number;
  readonly windowCount: number;
}

interface Attached {
  session: Session | null;
  readonly detach: () => void;
}

const senderFrameOf = (event: AdapterIpcEvent): SenderFrame | null => {
  try {
    return event.senderFrame;
  } catch {
    return null;
  }
};

/**
 * Routes `BRIDGE_CHANNEL` messages to one core Session per window. Before anything runs, the
 * sender must be a window we attached, its main frame, and a page on our origin; anything
 * else is dropped without an answer. A window's session dies with its page: when the
 * renderer goes away, crashes, reloads or navigates to another document, so the
 * subscriptions of an old page never outlive it.
 */
export const createIpcAdapter = (options: IpcAdapterOptions): IpcAdapter => {
  const { ipcMain, backend } = options;
  const reject = options.onReject ?? (() => undefined);
  const windows = new Map<AdapterWebContents, Attached>();
  let disposed = false;

  const endSession = (entry: Attached): void => {
    const { session } = entry;
    entry.session = null;
    session?.dispose();
  };

  const sessionFor = (contents: AdapterWebContents, entry: Attached): Session => {
    if (entry.session) return entry.session;
    const session = backend.createSession((message) => {
      if (contents.isDestroyed()) return;
      try {
        contents.send(BRIDGE_CHANNEL, message);
      } catch {
        // The frame went away between the check and the send; the session ends with it.
      }
    });
    entry.session = session;
    return session;
  };

  const onMessage: AdapterIpcListener = (event, ...args) => {
    const contents = event.sender;
    const entry = windows.get(contents);
    if (!entry) {
      reject('foreign-window');
      return;
    }
    const frame = senderFrameOf(event);
    if (!frame) {
      reject('no-frame');
      return;
    }
    if (frame !== contents.mainFrame || frame.parent !== null) {
      reject('sub-frame');
      return;
    }
    if (!isAppUrl(frame.url)) {
      reject('foreign-origin');
      return;
    }
    // The session validates the message itself against the protocol schema.
    sessionFor(contents, entry).receive(args[0]);
  };

  ipcMain.on(BRIDGE_CHANNEL, onMessage);

  const attach = (contents: AdapterWebContents): Disposable => {
    const existing = windows.get(contents);
    if (existing) return { dispose: existing.detach };
    if (disposed || contents.isDestroyed()) return { dispose: () => undefined };

    const onGone = (): void => {
      const entry = windows.get(contents);
      if (entry) endSession(entry);
    };
    const onNavigation = (details: NavigationStart): void => {
      // A new document in the main frame is a new client. Navigations elsewhere are refused
      // by will-navigate (which Electron emits after this event), so they must not end the page's session.
      if (!details.isMainFrame || details.isSameDocument || !isAppUrl(details.url)) return;
      onGone();
    };
    const detach = (): void => {
      const entry = windows.get(contents);
      if (!entry) return;
      windows.delete(contents);
      contents.removeListener('destroyed', detach);
      contents.removeListener('render-process-gone', onGone);
      contents.removeListener('did-start-navigation', onNavigation);
      endSession(entry);
    };

    windows.set(contents, { session: null, detach });
    contents.on('destroyed', detach);
    contents.on('render-process-gone', onGone);
    contents.on('did-start-navigation', onNavigation);
    return { dispose: detach };
  };

  return {
    attach,
    get sessionCount() {
      let count = 0;
      for (const entry of windows.values()) if (entry.session) count++;
      return count;
    },
    get windowCount() {
      return windows.size;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      ipcMain.removeListener(BRIDGE_CHANNEL, onMessage);
      for (const entry of [...windows.values()]) entry.detach();
    },
  };
};
