import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  StreamChannel,
  StreamChunk,
  StreamRequest,
} from '../../shared/contract/types.js';
import type { ClientMessage, ServerMessage } from '../../shared/protocol/messages.js';
import type { LinkStatus, Port } from './port.js';
import { RpcError } from './rpc-error.js';

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
    onChunk: (chunk: StreamChunk<S>) => void,
    onEnd: (error?: RpcError) => void,
  ): () => void;
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
  readonly onChunk: (chunk: unknown) => void;
  readonly onEnd: (error?: RpcError) => void;
}

const lostError = (): RpcError =>
  new RpcError('BACKEND_LOST', 'The connection to the Berth backend was lost; the result is unknown.');

/** The typed face of the protocol over any Port; the rest of the renderer sees only this. */
export const createClient = (port: Port): Client => {
  let nextId = 1;
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
    if (status.state === 'open' && !wasOpen) onOpen();
    else if (status.state !== 'open' && wasOpen) failOpenWork(lostError());
    for (const listener of [...linkListeners]) listener(status);
  };

  const onMessage = (message: ServerMessage): void => {
    switch (message.t) {
      case 'res': {
        const call = calls.get(message.id);
        if (!call) return;
        calls.delete(message.id);
        if (message.ok) call.resolve(message.value);
        else call.reject(RpcError.from(message.error));
        return;
      }
      case 'evt': {
        const listeners = eventListeners.get(message.channel);
        if (listeners) for (const listener of [...listeners]) listener(message.payload);
        return;
      }
      case 'chunk': {
        const stream = streams.get(message.id);
        if (stream) for (const chunk of message.data) stream.onChunk(chunk);
        return;
      }
      case 'end': {
        const stream = streams.get(message.id);
        if (!stream) return;
        streams.delete(message.id);
        stream.onEnd(message.error ? RpcError.from(message.error) : undefined);
        return;
      }
      case 'protocolError':
        console.error('Berth backend refused a message:', message.error.message);
        return;
    }
  };

  const stopMessages = port.onMessage(onMessage);
  const stopLink = port.onLinkChange?.(onLink);
  if (!port.onLinkChange) onOpen();

  return {
    invoke<C extends InvokeChannel>(channel: C, req: InvokeRequest<C>): Promise<InvokeResponse<C>> {
      if (disposed) return Promise.reject(new RpcError('CANCELLED', 'The client was closed.'));
      if (link.state !== 'open' && everOpen) return Promise.reject(lostError());
      const id = nextId++;
      return new Promise<InvokeResponse<C>>((resolve, reject) => {
        calls.set(id, { resolve: resolve as (value: unknown) => void, reject });
        send({ t: 'invoke', id, channel, payload: req });
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
      onChunk: (chunk: StreamChunk<S>) => void,
      onEnd: (error?: RpcError) => void,
    ): () => void {
      if (disposed || (link.state !== 'open' && everOpen)) {
        onEnd(disposed ? new RpcError('CANCELLED', 'The client was closed.') : lostError());
        return () => undefined;
      }
      const id = nextId++;
      streams.set(id, { onChunk: onChunk as (chunk: unknown) => void, onEnd });
      send({ t: 'sub', id, channel, payload: req });
      return () => {
        if (!streams.delete(id)) return;
        const queued = outbox.findIndex((m) => m.t === 'sub' && m.id === id);
        if (queued >= 0) outbox.splice(queued, 1);
        else if (link.state === 'open') port.post({ t: 'unsub', id });
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
      failOpenWork(new RpcError('CANCELLED', 'The client was closed.'));
      port.close?.();
    },
  };
};
