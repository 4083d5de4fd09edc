import type { EventChannel, EventPayload } from '../../../shared/contract/types.js';
import { toDisposable, type Disposable } from './disposable.js';

export type HubListener = (channel: EventChannel, payload: unknown) => void;

/** Fans backend events out to every connected client (window or WebSocket). */
export class EventHub {
  private readonly listeners = new Set<HubListener>();

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    for (const listener of [...this.listeners]) listener(channel, payload);
  }

  subscribe(listener: HubListener): Disposable {
    this.listeners.add(listener);
    return toDisposable(() => this.listeners.delete(listener));
  }

  get size(): number {
    return this.listeners.size;
  }
}
