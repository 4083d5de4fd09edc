import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  StreamChannel,
  StreamChunk,
  StreamInput,
  StreamRequest,
} from '../../shared/contract/types.js';
import type { ClientMessage, ServerMessage } from '../../shared/protocol/messages.js';
// The limits, not messages.ts: that module builds the protocol's zod schema, which only the backend needs.
import {
  encodedBytes,
  MAX_CLIENT_MESSAGE_BYTES,
  tooLargeMessage,
} from '../../shared/protocol/message-size.js';
import type { LinkStatus, Port } from './port.js';
import { RpcError, settleRpcError } from './rpc-error.js';
import { earlyAnswers } from './early-answers.js';
import { translate } from '../i18n/index.js';
import { ipcMessages } from './messages.js';

export interface StreamHandlers<S extends StreamChannel> {
  /**
   * One server batch. `bytes` is what the backend counts against this stream's flow-control
   * window; acknowledge it (now or once rendered) or the backend pauses the source.
   */
  readonly onChunk: (chunks: readonly StreamChunk<S>[], bytes: number) => void;
  /** Once: the stream ended (no error), failed, or the link dropped (BACKEND_LOST). */
  readonly onEnd: (error?: RpcError) => void;
  /**
   * The caller acknowledges bytes itself (after writing them to a terminal). Otherwise each
   * batch is acknowledged as soon as onChunk returns.
   */
  readonly manualAck?: boolean;
}

/** An open subscription; every method is a no-op once it has ended or been unsubscribed. */
export interface StreamHandle<S extends StreamChannel> {
  /** Tells the backend to tear the stream down; idempotent. onEnd is not called. */
  unsubscribe(): void;
  /** Flow control: this many bytes of chunks have been consumed. */
  ack(bytes: number): void;
  /** Writes into a duplex stream (exec stdin, resize). */
  input(data: StreamInput<S>): void;
  readonly open: boolean;
}

export interface Client {
  /** Rejects with an RpcError carrying the backend's code and message. */
  invoke<C extends InvokeChannel>(channel: C, req: InvokeRequest<C>): Promise<InvokeResponse<C>>;
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Chunks arrive until the backend ends the stream (onEnd without error), fails it, or the
   * link drops (onEnd with BACKEND_LOST). Unsubscribing tells the backend to tear it down.
   */
  subscribe<S extends StreamChannel>(
    channel: S,
    req: StreamRequest<S>,
    handlers: StreamHandlers<S>,
  ): StreamHandle<S>;
  onLinkChange(listener: (status: LinkStatus) => void): () => void;
  /**
   * Runs now if the link is up, and after every (re)connect once hello is sent: whatever was
   * pushed while the link was down is lost, so this is where state is fetched afresh.
   */
  onReady(listener: () => void): () => void;
  reconnectNow(): void;
  dispose(): void;
}

interface PendingCall {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: RpcError) => void;
}

interface OpenStream {
  readonly onChunk: (chunks: readonly unknown[], bytes: number) => void;
  readonly onEnd: (error?: RpcError) => void;
  readonly manualAck: boolean;
}

/** The protocol's upper bound for one ack message. */
const MAX_ACK = 2 ** 31;

const closedHandle: StreamHandle<never> = {
  unsubscribe: () => undefined,
  ack: () => undefined,
  input: () => undefined,
  open: false,
};

const lostError = (): RpcError => new RpcError('BACKEND_LOST', translate(ipcMessages, 'backendLostUnknown'));

/**
 * A message over the protocol's limit is refused here, before it is sent: the backend would
 * refuse it anyway, and past the WebSocket's own cap it would close the link (every stream of
 * the page with it). Null when it fits.
 */
const tooLarge = (message: ClientMessage): RpcError | null => {
  const bytes = encodedBytes(message);
  if (bytes <= MAX_CLIENT_MESSAGE_BYTES) return null;
  const text = tooLargeMessage(bytes);
  return new RpcError('VALIDATION', text, [{ path: '(message)', message: text }]);
};

/** The typed face of the protocol over any Port; the rest of the renderer sees only this. */
export const createClient = (port: Port): Client => {
  const early = earlyAnswers(port.early ?? []);
  let nextId = early.lastId + 1;
  const calls = new Map<number, PendingCall>();
  const streams = new Map<number, OpenStream>();
  const eventListeners = new Map<string, Set<(payload: unknown) => void>>();
  const linkListeners = new Set<(status: LinkStatus) => void>();
  const readyListeners = new Set<() => void>();
  let link: LinkStatus = port.onLinkChange ? { state: 'connecting' } : { state: 'open' };
  let everOpen = false;
  let disposed = false;
  // Until the link first opens, calls wait here; after a drop they fail fast instead, so a
  // click made while disconnected never fires later against a state the user no longer sees.
  let outbox: ClientMessage[] = [];
  /** Calls that took an early call still unanswered: what to send if that link never opens. */
  const waitingEarly = new Map<number, ClientMessage>();

  const send = (message: ClientMessage): void => {
    if (link.state === 'open') port.post(message);
    else outbox.push(message);
  };

  const failOpenWork = (error: RpcError): void => {
    const openCalls = [...calls.values()];
    const openStreams = [...streams.values()];
    calls.clear();
    streams.clear();
    for (const call of openCalls) call.reject(error);
    for (const stream of openStreams) stream.onEnd(error);
  };

  const onOpen = (): void => {
    port.post({ t: 'hello' });
    const held = outbox;
    outbox = [];
    for (const message of held) port.post(message);
    everOpen = true;
    for (const listener of [...readyListeners]) listener();
  };

  const onLink = (status: LinkStatus): void => {
    const wasOpen = link.state === 'open';
    link = status;
    // Every drop is reported as lost; the first 'connecting' is not one (the early calls are on that link).
    if (status.state === 'lost') {
      early.clear();
      // The boot socket died before it opened (Chromium aborts a handshake when a network link comes
      // or goes, and Docker makes one per container): a call waiting on an early answer would wait
      // for good. It goes out on the next link, as any call made before the first open does.
      if (!wasOpen) for (const message of waitingEarly.values()) outbox.push(message);
      waitingEarly.clear();
    }
    if (status.state === 'open' && !wasOpen) onOpen();
    else if (status.state !== 'open' && wasOpen) failOpenWork(lostError());
    for (const listener of [...linkListeners]) listener(status);
  };

  const onMessage = (message: ServerMessage): void => {
    switch (message.t) {
      case 'res': {
        waitingEarly.delete(message.id);
        const call = calls.get(message.id);
        if (!call) {
          early.keep(message);
          return;
        }
        calls.delete(message.id);
        if (message.ok) call.resolve(message.value);
        else settleRpcError(message.error, call.reject);
        return;
      }
      case 'evt': {
        early.pushed();
        const listeners = eventListeners.get(message.channel);
        if (listeners) for (const listener of [...listeners]) listener(message.payload);
        return;
      }
      case 'chunk': {
        const stream = streams.get(message.id);
        if (!stream) return;
        const bytes = Number.isFinite(message.bytes) ? Math.max(0, message.bytes) : 0;
        stream.onChunk(message.data, bytes);
        if (!stream.manualAck) ack(message.id, bytes);
        return;
      }
      case 'end': {
        const stream = streams.get(message.id);
        if (!stream) return;
        streams.delete(message.id);
        if (message.error) settleRpcError(message.error, stream.onEnd);
        else stream.onEnd();
        return;
      }
      case 'protocolError':
        console.error('Berth backend refused a message:', message.error.message);
        return;
    }
  };

  // Acks only make sense on the link the chunks came in on; after a drop the stream is gone.
  function ack(id: number, bytes: number): void {
    if (!streams.has(id) || link.state !== 'open') return;
    let left = Math.floor(bytes);
    while (left > 0) {
      const part = Math.min(left, MAX_ACK);
      port.post({ t: 'ack', id, bytes: part });
      left -= part;
    }
  }

  const stopMessages = port.onMessage(onMessage);
  const stopLink = port.onLinkChange?.(onLink);
  if (!port.onLinkChange) onOpen();

  return {
    invoke<C extends InvokeChannel>(channel: C, req: InvokeRequest<C>): Promise<InvokeResponse<C>> {
      if (disposed) return Promise.reject(new RpcError('CANCELLED', translate(ipcMessages, 'clientClosed')));
      if (link.state !== 'open' && everOpen) return Promise.reject(lostError());
      const taken = early.take(channel, req);
      if (taken?.answer) {
        const { answer } = taken;
        if (answer.ok) return Promise.resolve(answer.value as InvokeResponse<C>);
        const { error } = answer;
        return new Promise<never>((_, reject) => {
          settleRpcError(error, reject);
        });
      }
      if (taken) {
        return new Promise<InvokeResponse<C>>((resolve, reject) => {
          calls.set(taken.id, { resolve: resolve as (value: unknown) => void, reject });
          waitingEarly.set(taken.id, { t: 'invoke', id: taken.id, channel, payload: req });
        });
      }
      const id = nextId++;
      const message: ClientMessage = { t: 'invoke', id, channel, payload: req };
      const refused = tooLarge(message);
      if (refused) return Promise.reject(refused);
      return new Promise<InvokeResponse<C>>((resolve, reject) => {
        calls.set(id, { resolve: resolve as (value: unknown) => void, reject });
        send(message);
      });
    },

    on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void {
      const untyped = listener as (payload: unknown) => void;
      let listeners = eventListeners.get(channel);
      if (!listeners) {
        listeners = new Set();
        eventListeners.set(channel, listeners);
      }
      listeners.add(untyped);
      return () => {
        eventListeners.get(channel)?.delete(untyped);
      };
    },

    subscribe<S extends StreamChannel>(
      channel: S,
      req: StreamRequest<S>,
      handlers: StreamHandlers<S>,
    ): StreamHandle<S> {
      if (disposed || (link.state !== 'open' && everOpen)) {
        handlers.onEnd(
          disposed ? new RpcError('CANCELLED', translate(ipcMessages, 'clientClosed')) : lostError(),
        );
        return closedHandle;
      }
      const id = nextId++;
      const message: ClientMessage = { t: 'sub', id, channel, payload: req };
      const refused = tooLarge(message);
      if (refused) {
        handlers.onEnd(refused);
        return closedHandle;
      }
      streams.set(id, {
        onChunk: handlers.onChunk as (chunks: readonly unknown[], bytes: number) => void,
        onEnd: handlers.onEnd,
        manualAck: handlers.manualAck ?? false,
      });
      send(message);
      return {
        unsubscribe() {
          if (!streams.delete(id)) return;
          const queued = outbox.findIndex((m) => m.t === 'sub' && m.id === id);
          // Never sent: drop the subscription and any input queued behind it.
          if (queued >= 0) outbox = outbox.filter((m) => !('id' in m) || m.id !== id);
          else if (link.state === 'open') port.post({ t: 'unsub', id });
        },
        ack(bytes) {
          ack(id, bytes);
        },
        input(data) {
          if (!streams.has(id)) return;
          const message: ClientMessage = { t: 'input', id, data };
          const refused = tooLarge(message);
          if (refused) console.error('Berth did not send a stream input:', refused.message);
          else send(message);
        },
        get open() {
          return streams.has(id);
        },
      };
    },

    onLinkChange(listener) {
      linkListeners.add(listener);
      listener(link);
      return () => linkListeners.delete(listener);
    },

    onReady(listener) {
      readyListeners.add(listener);
      if (link.state === 'open') listener();
      return () => readyListeners.delete(listener);
    },

    reconnectNow() {
      port.reconnectNow?.();
    },

    dispose() {
      if (disposed) return;
      disposed = true;
      stopMessages();
      stopLink?.();
      outbox = [];
      failOpenWork(new RpcError('CANCELLED', translate(ipcMessages, 'clientClosed')));
      port.close?.();
    },
  };
};
