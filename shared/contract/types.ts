import type { z } from 'zod';
import type { events, invokes, streams } from './channels.js';
import type { EventDef, InvokeDef, StreamDef } from './define.js';

export type InvokeChannel = keyof typeof invokes;
export type EventChannel = keyof typeof events;
export type StreamChannel = keyof typeof streams;

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokes)[C]['request']>;
/** What a handler receives: the request after schema parsing (defaults applied). */
export type InvokeParsed<C extends InvokeChannel> = z.output<(typeof invokes)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> =
  (typeof invokes)[C] extends InvokeDef<z.ZodType, infer R> ? R : never;

export type EventPayload<E extends EventChannel> = (typeof events)[E] extends EventDef<infer P> ? P : never;

export type StreamRequest<S extends StreamChannel> = z.input<(typeof streams)[S]['request']>;
export type StreamParsed<S extends StreamChannel> = z.output<(typeof streams)[S]['request']>;
export type StreamChunk<S extends StreamChannel> =
  (typeof streams)[S] extends StreamDef<z.ZodType, infer C, z.ZodType | null> ? C : never;

/** What a client may write into an open stream; never for streams without an input schema. */
export type StreamInput<S extends StreamChannel> = (typeof streams)[S]['input'] extends z.ZodType
  ? z.input<(typeof streams)[S]['input']>
  : never;
export type StreamInputParsed<S extends StreamChannel> = (typeof streams)[S]['input'] extends z.ZodType
  ? z.output<(typeof streams)[S]['input']>
  : never;
