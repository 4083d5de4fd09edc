import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_CALLS } from '../../shared/protocol/first-calls.js';
import { adoptBootSocket, startBootSocket } from './boot-socket.js';

/** A socket as the boot script uses it: listeners only; the app sets the on* properties later. */
class FakeSocket extends EventTarget {
  readyState = 0;
  readonly sent: string[] = [];
  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {
    super();
  }
  send(data: string): void {
    this.sent.push(data);
  }
  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  receive(data: string): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const sockets: FakeSocket[] = [];
const create = (url: string, protocols: string[]): WebSocket => {
  const socket = new FakeSocket(url, protocols);
  sockets.push(socket);
  return socket as unknown as WebSocket;
};

const pageWindow = (berth?: object) => {
  const storage = new Map<string, string>();
  return {
    berth,
    location: {
      href: 'http://127.0.0.1:4411/?token=tok-9#/services',
      protocol: 'http:',
      host: '127.0.0.1:4411',
    },
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
    },
    history: { state: null, replaceState: vi.fn() },
  };
};

beforeEach(() => {
  sockets.length = 0;
});

afterEach(() => {
  adoptBootSocket();
  vi.unstubAllGlobals();
});

describe('the boot socket', () => {
  it('opens with the token from the address, asking for the first calls; it sends nothing itself', () => {
    vi.stubGlobal('window', pageWindow());
    startBootSocket(create);
    const socket = sockets[0];
    expect(socket?.url).toBe('ws://127.0.0.1:4411/ws?first=1');
    expect(socket?.protocols).toEqual(['berth.v1', 'berth.token.tok-9']);
    socket?.open();
    expect(socket?.sent).toEqual([]);
  });

  it('keeps what arrives until the app adopts it, then stops keeping', () => {
    vi.stubGlobal('window', pageWindow());
    startBootSocket(create);
    const socket = sockets[0];
    socket?.open();
    socket?.receive('{"t":"res","id":1}');
    const adopted = adoptBootSocket();
    socket?.receive('{"t":"res","id":2}');
    expect(adopted).toMatchObject({ received: ['{"t":"res","id":1}'] });
    expect(adopted?.socket).toBe(socket);
    expect(adoptBootSocket()).toBeNull();
  });

  it('opens nothing under Electron, whose preload gives a bridge', () => {
    vi.stubGlobal('window', pageWindow({}));
    startBootSocket(create);
    expect(sockets).toHaveLength(0);
    expect(adoptBootSocket()).toBeNull();
  });

  it('numbers the early calls from 1, one per channel', () => {
    expect(FIRST_CALLS.map((c) => c.id)).toEqual(FIRST_CALLS.map((_, i) => i + 1));
    expect(new Set(FIRST_CALLS.map((c) => c.channel)).size).toBe(FIRST_CALLS.length);
  });
});
