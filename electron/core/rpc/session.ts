import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import {
  clientMessage,
  MAX_CLIENT_MESSAGE_BYTES,
  tooLargeMessage,
  type ServerMessage,
} from '../../../shared/protocol/messages.js';
import type { Disposable } from './disposable.js';
import type { EventHub } from './event-hub.js';
import type { CallContext, Router } from './router.js';
import { Subscription } from './subscription.js';
import { worded } from '../../../shared/contract/error-texts.js';

export interface SessionOptions {
  readonly clientId: string;
  readonly router: Router;
  readonly hub: EventHub;
  readonly send: (message: ServerMessage) => void;
  /** Most subscriptions one client may hold; a leak in a client cannot exhaust the backend. */
  readonly maxSubscriptions?: number;
  /** A call or subscription arrived (before validation): the engine's liveness is checked on demand. */
  readonly onRequest?: () => void;
}

export interface Session extends Disposable {
  /**
   * Accepts one decoded message from the transport; anything malformed is answered, never thrown.
   * `encodedBytes`: its size on the wire, where the transport knows it; over the protocol's limit
   * it is refused with a VALIDATION error for its request id, and the link stays up.
   */
  receive(raw: unknown, encodedBytes?: number): void;
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
  const subscriptions = new Map<number, Subscription>();
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
      // Not an `end`: it would carry the open stream's id, and the client would end that one.
      post({
        t: 'protocolError',
        error: { code: 'CONFLICT', ...worded('subscriptionOpen', { id }) },
      });
      return;
    }
    if (subscriptions.size >= maxSubscriptions) {
      post({ t: 'end', id, error: { code: 'CONFLICT', ...worded('tooManySubscriptions') } });
      return;
    }
    const subscription = new Subscription(id, channel, post, (ended) => subscriptions.delete(ended));
    const result = router.subscribe(channel, payload, subscription.sink, ctx);
    if (!result.ok) {
      post({ t: 'end', id, error: result.error });
      return;
    }
    subscription.attach(result.value);
    if (!subscription.isEnded) subscriptions.set(id, subscription);
  };

  const input = (id: number, data: unknown): void => {
    const subscription = subscriptions.get(id);
    if (!subscription) {
      post({ t: 'protocolError', error: { code: 'NOT_FOUND', ...worded('noOpenStream', { id }) } });
      return;
    }
    const parsed = router.validateInput(subscription.channel, data);
    if (parsed.ok) subscription.input(parsed.value);
    else post({ t: 'protocolError', error: parsed.error });
  };

  return {
    receive(raw, encodedBytes) {
      if (disposed) return;
      if (encodedBytes !== undefined && encodedBytes > MAX_CLIENT_MESSAGE_BYTES) {
        const message = tooLargeMessage(encodedBytes);
        protocolError(raw, { code: 'VALIDATION', message, issues: [{ path: '(message)', message }] });
        return;
      }
      const parsed = clientMessage.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue
          ? `${issue.path.map(String).join('.') || 'message'}: ${issue.message}`
          : 'malformed';
        protocolError(raw, { code: 'VALIDATION', ...worded('malformedMessage', { where }) });
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
          options.onRequest?.();
          void router.invoke(message.channel, message.payload, ctx).then((result) => {
            post(
              result.ok
                ? { t: 'res', id: message.id, ok: true, value: result.value }
                : { t: 'res', id: message.id, ok: false, error: result.error },
            );
          });
          return;
        case 'sub':
          options.onRequest?.();
          subscribe(message.id, message.channel, message.payload);
          return;
        case 'unsub': {
          const subscription = subscriptions.get(message.id);
          subscriptions.delete(message.id);
          subscription?.dispose();
          return;
        }
        case 'input':
          input(message.id, message.data);
          return;
        case 'ack':
          subscriptions.get(message.id)?.ack(message.bytes);
          return;
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
