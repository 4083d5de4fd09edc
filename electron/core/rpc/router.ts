import type { z } from 'zod';
import { invokes, streams, type FeatureName, type Features } from '../../../shared/contract/channels.js';
import type { ErrorEnvelope, Result } from '../../../shared/contract/errors.js';
import type {
  InvokeChannel,
  InvokeParsed,
  InvokeResponse,
  StreamChannel,
  StreamChunk,
  StreamInputParsed,
  StreamParsed,
} from '../../../shared/contract/types.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { toEnvelope } from '../errors/docker-errors.js';
import { zodIssueText } from './zod-issue-text.js';
import type { Disposable } from './disposable.js';

export interface CallContext {
  /** Which client (window, WebSocket) made the call; streams are owned by it. */
  readonly clientId: string;
}

export interface StreamSink<T> {
  /** `bytes`: the chunk's weight for flow control (what the client acknowledges once shown). */
  push(chunk: T, bytes?: number): void;
  /** Ends the stream from the backend side; an error says why it could not go on. */
  end(error?: ErrorEnvelope): void;
}

export type InvokeHandlers = {
  readonly [C in InvokeChannel]: (req: InvokeParsed<C>, ctx: CallContext) => Promise<InvokeResponse<C>>;
};

/** The source side of an open stream; disposing it tears the engine stream down. */
export interface StreamHandle<Input = never> extends Disposable {
  /** Validated client input (duplex streams only). */
  input?(data: Input): void;
  /** Flow control: the client is behind; stop reading from the engine until resumed. */
  pause?(): void;
  resume?(): void;
  /** Unacknowledged bytes above which `pause` is called, and below which `resume`; FLOW's by default. */
  readonly window?: FlowWindow;
}

export interface FlowWindow {
  readonly high: number;
  readonly low: number;
}

export type StreamHandlers = {
  readonly [S in StreamChannel]: (
    req: StreamParsed<S>,
    sink: StreamSink<StreamChunk<S>>,
    ctx: CallContext,
  ) => StreamHandle<StreamInputParsed<S>>;
};

/**
 * One feature's share of the handlers: each feature module returns the handlers for its own
 * channel group, and `electron/core/features.ts` merges them, so a channel without a handler
 * still does not compile.
 */
export interface HandlerGroup<I extends InvokeChannel, S extends StreamChannel> {
  readonly invokes: Pick<InvokeHandlers, I>;
  readonly streams: Pick<StreamHandlers, S>;
}

/** The handlers of one feature's channels, as `electron/core/features.ts` lists them. */
export type FeatureHandlers<F extends FeatureName> = HandlerGroup<
  keyof Features[F]['invokes'] & InvokeChannel,
  keyof Features[F]['streams'] & StreamChannel
>;

export interface Router {
  invoke(channel: string, payload: unknown, ctx: CallContext): Promise<Result<unknown>>;
  subscribe(
    channel: string,
    payload: unknown,
    sink: StreamSink<unknown>,
    ctx: CallContext,
  ): Result<StreamHandle<unknown>>;
  /** Checks input for an open stream of `channel` against that stream's input schema. */
  validateInput(channel: string, data: unknown): Result<unknown>;
}

const MAX_ISSUES = 20;

const validationError = (error: z.ZodError): ErrorEnvelope => {
  const issues = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const text = zodIssueText(issue);
    const path = issue.path.map(String).join('.') || '(message)';
    return text ? { path, message: issue.message, text } : { path, message: issue.message };
  });
  const first = issues[0];
  return {
    code: 'VALIDATION',
    ...(first
      ? worded('invalidRequestAt', { path: first.path, detail: first.message })
      : worded('invalidRequest')),
    issues,
  };
};

/**
 * A request naming an engine on a channel whose contract has no `engine` would be refused by its
 * strict schema as an unknown key; it is said plainly instead: the channel cannot reach that engine
 * yet (the renderer moves the engine of "All engines" keys into every request, whatever the channel).
 */
const notRouted = (channel: string, schema: z.ZodType, payload: unknown): ErrorEnvelope | null => {
  if (typeof payload !== 'object' || payload === null || !Object.hasOwn(payload, 'engine')) return null;
  const shape = (schema as { shape?: unknown }).shape;
  if (typeof shape === 'object' && shape !== null && 'engine' in shape) return null;
  const engine = (payload as { engine: unknown }).engine;
  return {
    code: 'UNSUPPORTED',
    ...worded('channelNotRouted', {
      channel: channel.slice(0, 64),
      engine: typeof engine === 'string' ? engine.slice(0, 200) : '?',
    }),
  };
};

const unknownChannel = (channel: string): ErrorEnvelope => ({
  code: 'UNKNOWN_CHANNEL',
  ...worded('unknownChannel', { channel: channel.slice(0, 64) }),
});

/**
 * The one place requests enter the core: look the channel up (own keys only, so `__proto__`
 * or `toString` are unknown channels), validate against its schema, then run the service.
 * Nothing runs before validation passes.
 */
export const createRouter = (handlers: InvokeHandlers, streamHandlers: StreamHandlers): Router => ({
  async invoke(channel, payload, ctx) {
    if (!Object.hasOwn(invokes, channel)) return { ok: false, error: unknownChannel(channel) };
    const name = channel as InvokeChannel;
    const refused = notRouted(name, invokes[name].request, payload);
    if (refused) return { ok: false, error: refused };
    const parsed = invokes[name].request.safeParse(payload, { reportInput: true });
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const handler = handlers[name] as (req: unknown, ctx: CallContext) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (err) {
      return { ok: false, error: toEnvelope(err) };
    }
  },

  subscribe(channel, payload, sink, ctx) {
    if (!Object.hasOwn(streams, channel)) return { ok: false, error: unknownChannel(channel) };
    const name = channel as StreamChannel;
    const refused = notRouted(name, streams[name].request, payload);
    if (refused) return { ok: false, error: refused };
    const parsed = streams[name].request.safeParse(payload, { reportInput: true });
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const handler = streamHandlers[name] as (
        req: unknown,
        sink: StreamSink<unknown>,
        ctx: CallContext,
      ) => StreamHandle<unknown>;
      return { ok: true, value: handler(parsed.data, sink, ctx) };
    } catch (err) {
      return { ok: false, error: toEnvelope(err) };
    }
  },

  validateInput(channel, data) {
    if (!Object.hasOwn(streams, channel)) return { ok: false, error: unknownChannel(channel) };
    const schema: z.ZodType | null = streams[channel as StreamChannel].input;
    if (!schema) {
      return {
        ok: false,
        error: { code: 'VALIDATION', ...worded('streamTakesNoInput', { channel: channel.slice(0, 64) }) },
      };
    }
    const parsed = schema.safeParse(data, { reportInput: true });
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, error: validationError(parsed.error) };
  },
});
