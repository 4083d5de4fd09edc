import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNEL } from '../../shared/protocol/bridge.js';
import type { ClientMessage, ServerMessage } from '../../shared/protocol/messages.js';
import { createBridge, type PreloadIpc, type PreloadIpcListener } from './bridge.js';

/** A stand-in for ipcRenderer: records sends, holds listeners, delivers like Electron (event first). */
class FakeIpc implements PreloadIpc {
  readonly sent: { channel: string; message: ClientMessage }[] = [];
  readonly listeners = new Map<string, PreloadIpcListener[]>();
  readonly event = { sender: 'ipcRenderer', senderFrame: 'secret', ports: [] };

  send(channel: string, message: ClientMessage): void {
    this.sent.push({ channel, message });
  }

  on(channel: string, listener: PreloadIpcListener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }

  removeListener(channel: string, listener: PreloadIpcListener): this {
    const list = this.listeners.get(channel) ?? [];
    const at = list.indexOf(listener);
    if (at >= 0) list.splice(at, 1);
    return this;
  }

  deliver(message: ServerMessage): void {
    for (const listener of [...(this.listeners.get(BRIDGE_CHANNEL) ?? [])]) listener(this.event, message);
  }

  count(): number {
    return this.listeners.get(BRIDGE_CHANNEL)?.length ?? 0;
  }
}

const evt: ServerMessage = { t: 'evt', channel: 'engine.status', payload: { state: 'connecting' } };

describe('createBridge', () => {
  it('exposes exactly post and onMessage, frozen, and nothing of ipcRenderer', () => {
    const ipc = new FakeIpc();
    const bridge = createBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual(['onMessage', 'post']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(bridge)).not.toContain(ipc);
  });

  it('post sends the message on the one bridge channel', () => {
    const ipc = new FakeIpc();
    const bridge = createBridge(ipc);
    bridge.post({ t: 'hello' });
    bridge.post({ t: 'invoke', id: 1, channel: 'containers.list', payload: {} });
    expect(ipc.sent).toEqual([
      { channel: BRIDGE_CHANNEL, message: { t: 'hello' } },
      { channel: BRIDGE_CHANNEL, message: { t: 'invoke', id: 1, channel: 'containers.list', payload: {} } },
    ]);
  });

  it('onMessage hands the listener only the message, never the Electron event', () => {
    const ipc = new FakeIpc();
    const seen: unknown[][] = [];
    createBridge(ipc).onMessage((...args: unknown[]) => seen.push(args));
    ipc.deliver(evt);
    expect(seen).toEqual([[evt]]);
  });

  it('the unsubscribe removes exactly its own handler, once', () => {
    const ipc = new FakeIpc();
    const bridge = createBridge(ipc);
    const a: ServerMessage[] = [];
    const b: ServerMessage[] = [];
    const offA = bridge.onMessage((m) => a.push(m));
    const offB = bridge.onMessage((m) => b.push(m));
    expect(ipc.count()).toBe(2);

    offA();
    offA();
    expect(ipc.count()).toBe(1);
    ipc.deliver(evt);
    expect(a).toEqual([]);
    expect(b).toEqual([evt]);

    offB();
    expect(ipc.count()).toBe(0);
  });

  it('the same listener subscribed twice gets two independent subscriptions', () => {
    const ipc = new FakeIpc();
    const bridge = createBridge(ipc);
    const got: ServerMessage[] = [];
    const listener = (m: ServerMessage): void => {
      got.push(m);
    };
    const off1 = bridge.onMessage(listener);
    bridge.onMessage(listener);
    off1();
    ipc.deliver(evt);
    expect(got).toEqual([evt]);
  });

  it('refuses a listener that is not a function instead of failing later on a message', () => {
    const ipc = new FakeIpc();
    const bridge = createBridge(ipc);
    expect(() => bridge.onMessage('alert(1)' as unknown as () => void)).toThrow(TypeError);
    expect(ipc.count()).toBe(0);
  });
});
