import { z } from 'zod';
import type { ErrorEnvelope } from '../contract/errors.js';

/**
 * The wire protocol both transports carry (Electron IPC and WebSocket). Calls, subscriptions
 * and their cancellation are protocol messages, so the backend disposes at the source.
 */
const requestId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const channelName = z.string().min(1).max(64);

export const clientMessage = z.discriminatedUnion('t', [
  /** First message of a client: events are queued until it arrives. */
  z.strictObject({ t: z.literal('hello') }),
  z.strictObject({ t: z.literal('invoke'), id: requestId, channel: channelName, payload: z.unknown() }),
  z.strictObject({ t: z.literal('sub'), id: requestId, channel: channelName, payload: z.unknown() }),
  z.strictObject({ t: z.literal('unsub'), id: requestId }),
  /** Data into an open stream (validated against the stream's input schema). */
  z.strictObject({ t: z.literal('input'), id: requestId, data: z.unknown() }),
  /** Flow control: the client has consumed (rendered) this many bytes of a stream's chunks. */
  z.strictObject({
    t: z.literal('ack'),
    id: requestId,
    bytes: z
      .number()
      .int()
      .positive()
      .max(2 ** 31),
  }),
]);

export type ClientMessage = z.infer<typeof clientMessage>;

export type ServerMessage =
  | { readonly t: 'res'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly t: 'res'; readonly id: number; readonly ok: false; readonly error: ErrorEnvelope }
  | { readonly t: 'evt'; readonly channel: string; readonly payload: unknown }
  /** Chunks of one subscription, batched; `bytes` is what the client acknowledges once consumed. */
  | { readonly t: 'chunk'; readonly id: number; readonly data: readonly unknown[]; readonly bytes: number }
  | { readonly t: 'end'; readonly id: number; readonly error?: ErrorEnvelope }
  /** A message that could not be attributed to a request id. */
  | { readonly t: 'protocolError'; readonly error: ErrorEnvelope };

// The limits live in message-size.ts (no zod); the backend keeps reading them from here.
export {
  ENVELOPE_ALLOWANCE_BYTES,
  encodedBytes,
  formatKiB,
  HARD_CLIENT_MESSAGE_BYTES,
  MAX_CLIENT_MESSAGE_BYTES,
  MAX_PAYLOAD_BYTES,
  tooLargeMessage,
  utf8Bytes,
} from './message-size.js';
