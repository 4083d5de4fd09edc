import type { EventChannel, EventPayload } from '../../../shared/contract/types.js';
import type { Disposable } from './disposable.js';
import { Emitter } from './emitter.js';

export type HubListener = (channel: EventChannel, payload: unknown) => void;

interface HubEvent {
  readonly channel: EventChannel;
  readonly payload: unknown;
}

/** Fans backend events out to every connected client (window or WebSocket). */
export class EventHub {
  private readonly events = new Emitter<HubEvent>();

  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    this.events.fire({ channel, payload });
  }

  subscribe(listener: HubListener): Disposable {
    return this.events.on((event) => {
      listener(event.channel, event.payload);
    });
  }

  get size(): number {
    return this.events.size;
  }
}
