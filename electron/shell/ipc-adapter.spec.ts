import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNEL } from '../../shared/protocol/bridge.js';
import type { ServerMessage } from '../../shared/protocol/messages.js';
import { EventHub } from '../core/rpc/event-hub.js';
import type { Router } from '../core/rpc/router.js';
import { createSession, type Session } from '../core/rpc/session.js';
import {
  createIpcAdapter,
  type AdapterIpcEvent,
  type AdapterWebContents,
  type IpcMainLike,
  type NavigationStart,
  type RejectReason,
  type SenderFrame,
  type SessionFactory,
} from './ipc-adapter.js';

/* Plain fakes of the Electron objects the adapter touches; nothing here needs Electron. */

type Listener = (...args: never[]) => void;

class FakeEmitter {
  private readonly listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: Listener): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  protected fire(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])])
      (listener as (...a: unknown[]) => void)(...args);
  }

  listenerCount(event?: string): number {
    if (event !== undefined) return this.listeners.get(event)?.size ?? 0;
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}

const frame = (url: string, parent: SenderFrame | null = null): SenderFrame => ({ url, parent });

class FakeWebContents extends FakeEmitter implements AdapterWebContents {
  mainFrame: SenderFrame = frame('app://berth/index.html');
  readonly sent: unknown[] = [];
  destroyed = false;

  isDestroyed(): boolean {
    return this.destroyed;
  }

  send(channel: string, ...args: unknown[]): void {
    expect(channel).toBe(BRIDGE_CHANNEL);
    this.sent.push(...args);
  }

  destroy(): void {
    this.destroyed = true;
    this.fire('destroyed');
  }

  crash(): void {
    this.fire('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  }

  navigate(details: Partial<NavigationStart> = {}): void {
    this.mainFrame = frame(details.url ?? 'app://berth/index.html');
    this.fire('did-start-navigation', {
      url: 'app://berth/index.html',
      isMainFrame: true,
      isSameDocument: false,
      ...details,
    });
  }
}

class FakeIpcMain extends FakeEmitter implements IpcMainLike {
  emitMessage(event: AdapterIpcEvent, ...args: unknown[]): void {
    this.fire(BRIDGE_CHANNEL, event, ...args);
  }
}

interface RecordingSession extends Session {
  readonly received: unknown[];
  disposed: boolean;
  readonly send: (message: ServerMessage) => void;
}

const fakeBackend = () => {
  const sessions: RecordingSession[] = [];
  const backend: SessionFactory = {
    createSession(send) {
      const session: RecordingSession = {
        received: [],
        disposed: false,
        send,
        receive(raw) {
          this.received.push(raw);
        },
        subscriptionCount: 0,
        dispose() {
          this.disposed = true;
        },
      };
      sessions.push(session);
      return session;
    },
  };
  return { backend, sessions };
};

const setup = () => {
  const ipcMain = new FakeIpcMain();
  const { backend, sessions } = fakeBackend();
  const rejected: RejectReason[] = [];
  const adapter = createIpcAdapter({ ipcMain, backend, onReject: (reason) => rejected.push(reason) });
  const win = new FakeWebContents();
  adapter.attach(win);
  const fromMain = (contents = win): AdapterIpcEvent => ({
    sender: contents,
    senderFrame: contents.mainFrame,
  });
  return { ipcMain, adapter, sessions, rejected, win, fromMain };
};

const hello = { t: 'hello' } as const;

describe('createIpcAdapter: sender checks', () => {
  it('passes a message from our window, main frame, our origin to that window’s session', () => {
    const { ipcMain, sessions, win, fromMain, rejected } = setup();
    ipcMain.emitMessage(fromMain(), hello);
    ipcMain.emitMessage(fromMain(), { t: 'unsub', id: 1 });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.received).toEqual([hello, { t: 'unsub', id: 1 }]);
    expect(rejected).toEqual([]);

    sessions[0]?.send({ t: 'evt', channel: 'engine.status', payload: 1 });
    expect(win.sent).toEqual([{ t: 'evt', channel: 'engine.status', payload: 1 }]);
  });

  it('drops a message from a window it never attached, without creating a session', () => {
    const { ipcMain, sessions, rejected } = setup();
    const foreign = new FakeWebContents();
    ipcMain.emitMessage({ sender: foreign, senderFrame: foreign.mainFrame }, hello);
    expect(sessions).toEqual([]);
    expect(foreign.sent).toEqual([]);
    expect(rejected).toEqual(['foreign-window']);
  });

  it('drops a message from a sub-frame, even one on our origin', () => {
    const { ipcMain, sessions, win, rejected } = setup();
    const child = frame('app://berth/index.html', win.mainFrame);
    ipcMain.emitMessage({ sender: win, senderFrame: child }, hello);
    // A frame that claims to have no parent but is not the main frame is not trusted either.
    ipcMain.emitMessage({ sender: win, senderFrame: frame('app://berth/index.html') }, hello);
    expect(sessions).toEqual([]);
    expect(win.sent).toEqual([]);
    expect(rejected).toEqual(['sub-frame', 'sub-frame']);
  });

  it('drops a message when the main frame shows another origin', () => {
    const { ipcMain, sessions, win, rejected } = setup();
    for (const url of [
      'https://evil.example/',
      'file:///app/dist/renderer/index.html',
      'app://berth.evil/index.html',
      'app://berth:8080/index.html',
      'app://user@berth/index.html',
      'http://berth/index.html',
      'about:blank',
      'not a url',
    ]) {
      win.mainFrame = frame(url);
      ipcMain.emitMessage({ sender: win, senderFrame: win.mainFrame }, hello);
    }
    expect(sessions).toEqual([]);
    expect(win.sent).toEqual([]);
    expect(rejected.every((r) => r === 'foreign-origin')).toBe(true);
    expect(rejected).toHaveLength(8);
  });

  it('drops a message whose sender frame is gone (null or throwing)', () => {
    const { ipcMain, sessions, win, rejected } = setup();
    ipcMain.emitMessage({ sender: win, senderFrame: null }, hello);
    const throwing = {
      sender: win,
      get senderFrame(): SenderFrame | null {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    ipcMain.emitMessage(throwing, hello);
    expect(sessions).toEqual([]);
    expect(rejected).toEqual(['no-frame', 'no-frame']);
  });

  it('keeps one session per window and never crosses windows', () => {
    const { ipcMain, adapter, sessions, win, fromMain } = setup();
    const second = new FakeWebContents();
    adapter.attach(second);
    ipcMain.emitMessage(fromMain(), hello);
    ipcMain.emitMessage(fromMain(second), hello);
    ipcMain.emitMessage(fromMain(), { t: 'unsub', id: 7 });
    expect(sessions).toHaveLength(2);
    expect(sessions[0]?.received).toEqual([hello, { t: 'unsub', id: 7 }]);
    expect(sessions[1]?.received).toEqual([hello]);

    sessions[1]?.send({ t: 'protocolError', error: { code: 'VALIDATION', message: 'x' } });
    expect(win.sent).toEqual([]);
    expect(second.sent).toHaveLength(1);
  });
});

describe('createIpcAdapter: lifetimes', () => {
  it('disposes the session and forgets the window when its webContents is destroyed', () => {
    const { ipcMain, adapter, sessions, win, fromMain } = setup();
    ipcMain.emitMessage(fromMain(), hello);
    win.destroy();
    expect(sessions[0]?.disposed).toBe(true);
    expect(adapter.sessionCount).toBe(0);
    expect(adapter.windowCount).toBe(0);
    expect(win.listenerCount()).toBe(0);
    // Late messages from the dead window are foreign now.
    ipcMain.emitMessage(fromMain(), hello);
    expect(sessions).toHaveLength(1);
  });

  it('never sends to a destroyed webContents', () => {
    const { ipcMain, sessions, win, fromMain } = setup();
    ipcMain.emitMessage(fromMain(), hello);
    win.destroyed = true;
    sessions[0]?.send({ t: 'end', id: 1 });
    expect(win.sent).toEqual([]);
  });

  it('ends the session when the renderer crashes; the reloaded page gets a fresh one', () => {
    const { ipcMain, adapter, sessions, win, fromMain } = setup();
    ipcMain.emitMessage(fromMain(), hello);
    win.crash();
    expect(sessions[0]?.disposed).toBe(true);
    expect(adapter.sessionCount).toBe(0);
    ipcMain.emitMessage(fromMain(), hello);
    expect(sessions).toHaveLength(2);
    expect(sessions[1]?.disposed).toBe(false);
  });

  it('starts a fresh session when the main frame loads a new document of ours (reload)', () => {
    const { ipcMain, adapter, sessions, win, fromMain } = setup();
    ipcMain.emitMessage(fromMain(), hello);
    win.navigate();
    expect(sessions[0]?.disposed).toBe(true);
    ipcMain.emitMessage(fromMain(), hello);
    expect(sessions).toHaveLength(2);
    expect(sessions[1]?.received).toEqual([hello]);
    expect(adapter.sessionCount).toBe(1);
  });

  it('keeps the session for same-document, sub-frame and refused foreign navigations', () => {
    const { ipcMain, sessions, win, fromMain } = setup();
    ipcMain.emitMessage(fromMain(), hello);
    win.navigate({ isSameDocument: true, url: 'app://berth/index.html#/images' });
    win.navigate({ isMainFrame: false });
    // will-navigate refuses this after did-start-navigation fired; the page stays.
    win.navigate({ url: 'https://docs.docker.com/' });
    win.mainFrame = frame('app://berth/index.html');
    expect(sessions[0]?.disposed).toBe(false);
    ipcMain.emitMessage(fromMain(), { t: 'unsub', id: 1 });
    expect(sessions).toHaveLength(1);
  });

  it('detaching a window or disposing the adapter ends every session and removes every listener', () => {
    const { ipcMain, adapter, sessions, win, fromMain } = setup();
    const second = new FakeWebContents();
    const attachment = adapter.attach(second);
    ipcMain.emitMessage(fromMain(), hello);
    ipcMain.emitMessage(fromMain(second), hello);

    attachment.dispose();
    expect(sessions[1]?.disposed).toBe(true);
    expect(second.listenerCount()).toBe(0);
    expect(adapter.windowCount).toBe(1);

    adapter.dispose();
    expect(sessions[0]?.disposed).toBe(true);
    expect(win.listenerCount()).toBe(0);
    expect(ipcMain.listenerCount()).toBe(0);
    expect(adapter.sessionCount).toBe(0);
  });

  it('attaching the same window twice registers its listeners once', () => {
    const { adapter, win } = setup();
    adapter.attach(win);
    expect(win.listenerCount('destroyed')).toBe(1);
    expect(win.listenerCount('did-start-navigation')).toBe(1);
    expect(adapter.windowCount).toBe(1);
  });

  it('leaves nothing behind over many windows opening and closing', () => {
    const { ipcMain, adapter, sessions, fromMain } = setup();
    for (let i = 0; i < 100; i++) {
      const w = new FakeWebContents();
      adapter.attach(w);
      ipcMain.emitMessage(fromMain(w), hello);
      w.navigate();
      ipcMain.emitMessage(fromMain(w), hello);
      w.destroy();
      expect(w.listenerCount()).toBe(0);
    }
    expect(adapter.windowCount).toBe(1);
    expect(adapter.sessionCount).toBe(0);
    expect(sessions.filter((s) => !s.disposed)).toEqual([]);
    expect(ipcMain.listenerCount(BRIDGE_CHANNEL)).toBe(1);
  });
});

describe('createIpcAdapter with the core Session', () => {
  it('tears down the old page’s subscriptions on reload, and queues events until the new page says hello', async () => {
    const open = new Set<number>();
    const router: Router = {
      invoke: () => Promise.resolve({ ok: true, value: null }),
      subscribe: (_channel, payload) => {
        const id = payload as number;
        open.add(id);
        return { ok: true, value: { dispose: () => open.delete(id) } };
      },
      validateInput: () => ({ ok: false, error: { code: 'VALIDATION', message: 'no input' } }),
    };
    const hub = new EventHub();
    const backend: SessionFactory = {
      createSession: (send) => createSession({ clientId: 'window', router, hub, send }),
    };
    const ipcMain = new FakeIpcMain();
    const adapter = createIpcAdapter({ ipcMain, backend });
    const win = new FakeWebContents();
    adapter.attach(win);
    const post = (message: unknown): void => {
      ipcMain.emitMessage({ sender: win, senderFrame: win.mainFrame }, message);
    };

    post({ t: 'hello' });
    post({ t: 'sub', id: 1, channel: 'engine.events', payload: 1 });
    post({ t: 'sub', id: 2, channel: 'engine.events', payload: 2 });
    expect([...open]).toEqual([1, 2]);
    expect(hub.size).toBe(1);

    win.navigate();
    expect(open.size).toBe(0);
    expect(hub.size).toBe(0);

    post({ t: 'invoke', id: 5, channel: 'engine.status', payload: {} });
    hub.emit('engine.status', { state: 'connecting', endpoint: null, attempt: 1 });
    await Promise.resolve();
    await Promise.resolve();
    const sentBeforeHello = win.sent.length;
    post({ t: 'hello' });
    expect(win.sent.slice(sentBeforeHello)).toEqual([
      { t: 'evt', channel: 'engine.status', payload: { state: 'connecting', endpoint: null, attempt: 1 } },
    ]);

    win.destroy();
    expect(hub.size).toBe(0);
    adapter.dispose();
  });
});
