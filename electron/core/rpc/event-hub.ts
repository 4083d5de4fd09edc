import type { EventChannel, EventPayload } from '../../../shared/contract/types.js';
import { toDisposable, type Disposable } from './disposable.js';
import { notifyAll } from './notify.js';

export type HubListener = (channel: EventChannel, payload: unknown) => void;

interface HubEvent {
  readonly channel: EventChannel;
  readonly payload: unknown;
}

/** Fans backend events out to every connected client (window or WebSocket). */
export class EventHub {
  private readonly listeners = new Set<(event: HubEvent) => void>();

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    notifyAll(this.listeners, { channel, payload });
  }

  subscribe(listener: HubListener): Disposable {
    const wrapped = (event: HubEvent): void => {
      listener(event.channel, event.payload);
    };
    this.listeners.add(wrapped);
    return toDisposable(() => this.listeners.delete(wrapped));
  }

  get size(): number {
    return this.listeners.size;
  }
}
