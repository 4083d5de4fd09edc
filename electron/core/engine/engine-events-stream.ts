import type { EngineEvent, EngineEventType } from '../../../shared/contract/engine.js';
import type { Disposable } from '../rpc/disposable.js';
import type { StreamSink } from '../rpc/router.js';
import type { EngineConnection } from './engine-connection.js';

/**
 * A client's live feed of engine events, served from the connection's one supervised
 * `/events` stream rather than a socket per subscriber.
 */
export const streamEngineEvents = (
  connection: EngineConnection,
  types: readonly EngineEventType[] | undefined,
  sink: StreamSink<EngineEvent>,
): Disposable => {
  const wanted = types && types.length > 0 ? new Set(types) : null;
  return connection.onEvent((event) => {
    if (!wanted || wanted.has(event.type)) sink.push(event);
  });
};
