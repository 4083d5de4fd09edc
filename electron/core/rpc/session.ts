import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import { clientMessage, type ServerMessage } from '../../../shared/protocol/messages.js';
import type { Disposable } from './disposable.js';
import type { EventHub } from './event-hub.js';
import type { CallContext, Router, StreamSink } from './router.js';

export interface SessionOptions {
  readonly clientId: string;
  readonly router: Router;
  readonly hub: EventHub;
  readonly send: (message: ServerMessage) => void;
  /** Most subscriptions one client may hold; a leak in a client cannot exhaust the backend. */
  readonly maxSubscriptions?: number;
}

export interface Session extends Disposable {
  /** Accepts one decoded message from the transport; anything malformed is answered, never thrown. */
  receive(raw: unknown): void;
  readonly subscriptionCount: number;
}

const MAX_QUEUED_EVENTS = 1000;

const idOf = (raw: unknown): number | undefined => {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  const id = raw.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : undefined;
};

/**
 * One client's view of the backend, shared by every transport. Owns the client's
 * subscriptions and tears them down when the client unsubscribes or goes away.
 */
export const createSession = (options: SessionOptions): Session => {
  const { router, hub, send, clientId } = options;
  const maxSubscriptions = options.maxSubscriptions ?? 256;
  const ctx: CallContext = { clientId };
  const subscriptions = new Map<number, Disposable>();
  let disposed = false;
  let ready = false;
  // Events raised before the client says hello are held, so a window that is still loading misses nothing.
  let queued: ServerMessage[] = [];

  const post = (message: ServerMessage): void => {
    if (!disposed) send(message);
  };

  const hubSubscription = hub.subscribe((channel, payload) => {
    const message: ServerMessage = { t: 'evt', channel, payload };
    if (ready) post(message);
    else if (queued.length < MAX_QUEUED_EVENTS) queued.push(message);
  });

  const protocolError = (raw: unknown, error: ErrorEnvelope): void => {
    const id = idOf(raw);
    const t = typeof raw === 'object' && raw !== null && 't' in raw ? raw.t : undefined;
    if (id !== undefined && t === 'invoke') post({ t: 'res', id, ok: false, error });
    else if (id !== undefined && t === 'sub') post({ t: 'end', id, error });
    else post({ t: 'protocolError', error });
  };

  const subscribe = (id: number, channel: string, payload: unknown): void => {
    if (subscriptions.has(id)) {
      post({ t: 'end', id, error: { code: 'CONFLICT', message: `Subscription ${id} is already open.` } });
      return;
    }
    if (subscriptions.size >= maxSubscriptions) {
      post({ t: 'end', id, error: { code: 'CONFLICT', message: 'Too many open subscriptions.' } });
      return;
    }
    let batch: unknown[] = [];
    let flushScheduled = false;
    let ended = false;
    const flush = (): void => {
      flushScheduled = false;
      if (batch.length === 0 || ended) return;
      const data = batch;
      batch = [];
      post({ t: 'chunk', id, data });
    };
    const sink: StreamSink<unknown> = {
      push(chunk) {
        if (ended) return;
        batch.push(chunk);
        if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(flush);
        }
      },
      end(error) {
        if (ended) return;
        flush();
        ended = true;
        subscriptions.delete(id);
        post(error ? { t: 'end', id, error } : { t: 'end', id });
      },
    };
    const result = router.subscribe(channel, payload, sink, ctx);
    if (!result.ok) {
      ended = true;
      post({ t: 'end', id, error: result.error });
      return;
    }
    // A handler may end its stream while subscribing (e.g. nothing to follow).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (ended) result.value.dispose();
    else
      subscriptions.set(id, {
        dispose: () => {
          // A batch already scheduled for this id is dropped, not sent after the client let go.
          ended = true;
          result.value.dispose();
        },
      });
  };

  return {
    receive(raw) {
      if (disposed) return;
      const parsed = clientMessage.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue
          ? `${issue.path.map(String).join('.') || 'message'}: ${issue.message}`
          : 'malformed';
        protocolError(raw, { code: 'VALIDATION', message: `Malformed message (${where}).` });
        return;
      }
      const message = parsed.data;
      switch (message.t) {
        case 'hello': {
          if (ready) return;
          ready = true;
          const held = queued;
          queued = [];
          for (const m of held) post(m);
          return;
        }
        case 'invoke':
          void router.invoke(message.channel, message.payload, ctx).then((result) => {
            post(
              result.ok
                ? { t: 'res', id: message.id, ok: true, value: result.value }
                : { t: 'res', id: message.id, ok: false, error: result.error },
            );
          });
          return;
        case 'sub':
          subscribe(message.id, message.channel, message.payload);
          return;
        case 'unsub': {
          const subscription = subscriptions.get(message.id);
          subscriptions.delete(message.id);
          subscription?.dispose();
          return;
        }
      }
    },
    get subscriptionCount() {
      return subscriptions.size;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      hubSubscription.dispose();
      const open = [...subscriptions.values()];
      subscriptions.clear();
      for (const subscription of open) subscription.dispose();
    },
  };
};
