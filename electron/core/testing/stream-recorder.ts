import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { StreamHandle, StreamSink } from '../rpc/router.js';
import type { Backend } from '../backend.js';

/** A sink that keeps everything a stream sends, for tests to wait on. */
export interface StreamRecorder<T> {
  readonly sink: StreamSink<T>;
  readonly chunks: readonly T[];
  /** Whether and how the stream ended: undefined while open, `{ error }` once ended. */
  readonly end: { readonly error?: ErrorEnvelope } | undefined;
  /** Resolves when the stream ends (with its error, if any). */
  readonly ended: Promise<ErrorEnvelope | undefined>;
}

export const recordStream = <T>(): StreamRecorder<T> => {
  const chunks: T[] = [];
  let end: { error?: ErrorEnvelope } | undefined;
  let resolveEnded: (error: ErrorEnvelope | undefined) => void = () => undefined;
  const ended = new Promise<ErrorEnvelope | undefined>((resolve) => {
    resolveEnded = resolve;
  });
  return {
    chunks,
    ended,
    get end() {
      return end;
    },
    sink: {
      push(chunk) {
        if (end) throw new Error('chunk pushed after the stream ended');
        chunks.push(chunk);
      },
      end(error) {
        if (end) throw new Error('stream ended twice');
        end = error ? { error } : {};
        resolveEnded(error);
      },
    },
  };
};

/** Subscribes through the router (validation included), failing the test on a refused request. */
export const subscribe = <T>(
  backend: Backend,
  channel: string,
  payload: unknown,
): { readonly handle: StreamHandle<unknown>; readonly stream: StreamRecorder<T> } => {
  const stream = recordStream<T>();
  const result = backend.router.subscribe(channel, payload, stream.sink, {
    clientId: 'test',
  });
  if (!result.ok) throw new Error(`subscribe refused: ${result.error.code} ${result.error.message}`);
  return { handle: result.value, stream };
};
