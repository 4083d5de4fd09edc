import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_CALLS, firstCallsFor, firstScreenOf } from '../../shared/protocol/first-calls.js';
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

const pageWindow = (berth?: object, hash = '#/containers') => {
  const storage = new Map<string, string>();
  return {
    berth,
    location: {
      href: `http://127.0.0.1:4411/?token=tok-9${hash}`,
      hash,
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
    expect(socket?.url).toBe('ws://127.0.0.1:4411/ws?first=all');
    expect(socket?.protocols).toEqual(['berth.v1', 'berth.token.tok-9']);
    socket?.open();
    expect(socket?.sent).toEqual([]);
    expect(adoptBootSocket()?.screen).toBe('all');
  });

  it('asks for the swarm screen’s first calls on the Services and Swarm views', () => {
    for (const [hash, screen] of [
      ['#/services', 'swarm'],
      ['#/swarm', 'swarm'],
      ['#/images', 'all'],
      ['', 'all'],
    ] as const) {
      sockets.length = 0;
      vi.stubGlobal('window', pageWindow(undefined, hash));
      startBootSocket(create);
      expect(sockets[0]?.url, hash).toBe(`ws://127.0.0.1:4411/ws?first=${screen}`);
      expect(adoptBootSocket()?.screen, hash).toBe(screen);
    }
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

  it('numbers the early calls from 1, one per channel; a screen’s keep their numbers', () => {
    expect(FIRST_CALLS.map((c) => c.id)).toEqual(FIRST_CALLS.map((_, i) => i + 1));
    expect(new Set(FIRST_CALLS.map((c) => c.channel)).size).toBe(FIRST_CALLS.length);
    expect(firstCallsFor('all')).toEqual(FIRST_CALLS);
    expect(firstCallsFor('swarm')).toEqual(
      FIRST_CALLS.filter((c) => c.channel !== 'containers.list' && c.channel !== 'tasks.list'),
    );
  });

  it('reads a screen from an address only when it names one', () => {
    expect(firstScreenOf('all')).toBe('all');
    expect(firstScreenOf('swarm')).toBe('swarm');
    for (const value of [null, '', '1', 'ALL', 'swarm ', '__proto__'])
      expect(firstScreenOf(value)).toBeNull();
  });
});
