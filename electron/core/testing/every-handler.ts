import { invokes, streams } from '../../../shared/contract/channels.js';
import type { InvokeChannel, StreamChannel } from '../../../shared/contract/types.js';
import type { InvokeHandlers, StreamHandle, StreamHandlers, StreamSink } from '../rpc/router.js';

/**
 * Router/session tests need a handler for every channel, but only care how a few behave: these
 * fill the whole table from one factory, so a new feature's channels do not touch those tests.
 */
export const everyInvoke = (
  make: (channel: InvokeChannel) => (req: unknown) => Promise<unknown>,
): InvokeHandlers =>
  Object.fromEntries(
    Object.keys(invokes).map((channel) => [channel, make(channel as InvokeChannel)]),
  ) as unknown as InvokeHandlers;

export const everyStream = (
  make: (channel: StreamChannel) => (req: unknown, sink: StreamSink<unknown>) => StreamHandle<unknown>,
): StreamHandlers =>
  Object.fromEntries(
    Object.keys(streams).map((channel) => [channel, make(channel as StreamChannel)]),
  ) as unknown as StreamHandlers;
