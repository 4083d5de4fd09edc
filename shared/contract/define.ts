import type { z } from 'zod';

/**
 * Channel declarations carry their request schema as a value and their response, event
 * payload or stream chunk type as a phantom, so one declaration types both ends and a
 * channel without a schema does not compile.
 */
declare const phantom: unique symbol;

export interface InvokeDef<Req extends z.ZodType, Res> {
  readonly kind: 'invoke';
  readonly request: Req;
  readonly [phantom]?: Res;
}

export interface EventDef<Payload> {
  readonly kind: 'event';
  readonly [phantom]?: Payload;
}

export interface StreamDef<Req extends z.ZodType, Chunk, Input extends z.ZodType | null = null> {
  readonly kind: 'stream';
  readonly request: Req;
  /** Schema of what the client may send into an open stream (exec stdin, resize); null: nothing. */
  readonly input: Input;
  readonly [phantom]?: Chunk;
}

export const invoke =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): InvokeDef<Req, Res> => ({
    kind: 'invoke',
    request,
  });

export const event = <Payload>(): EventDef<Payload> => ({ kind: 'event' });

export const stream =
  <Chunk>() =>
  <Req extends z.ZodType>(request: Req): StreamDef<Req, Chunk> => ({
    kind: 'stream',
    request,
    input: null,
  });

/** A stream the client also writes into; the input has its own schema, checked per message. */
export const duplex =
  <Chunk>() =>
  <Req extends z.ZodType, Input extends z.ZodType>(
    request: Req,
    input: Input,
  ): StreamDef<Req, Chunk, Input> => ({
    kind: 'stream',
    request,
    input,
  });

/** What one feature declares: its calls, its pushed events and its streams (any may be empty). */
export interface FeatureChannels {
  readonly invokes: Readonly<Record<string, InvokeDef<z.ZodType, unknown>>>;
  readonly events: Readonly<Record<string, EventDef<unknown>>>;
  readonly streams: Readonly<Record<string, StreamDef<z.ZodType, unknown, z.ZodType | null>>>;
}

/** One feature's channel groups, as one object that shared/contract/channels.ts lists. */
export const feature = <const F extends FeatureChannels>(channels: F): F => channels;
