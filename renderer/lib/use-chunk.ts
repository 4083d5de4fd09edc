import { useEffect, useState } from 'react';

/**
 * A lazily fetched module's export, fetched once and then at hand synchronously. A failed fetch is
 * forgotten, so the next `load` asks again.
 */
export interface ChunkLoader<T> {
  readonly get: () => T | null;
  readonly load: () => Promise<T>;
}

export const chunkLoader = <T>(fetch: () => Promise<T>): ChunkLoader<T> => {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    get: () => loaded,
    load: () =>
      (pending ??= fetch().then(
        (value) => (loaded = value),
        (err: unknown) => {
          pending = null;
          throw err;
        },
      )),
  };
};

export type ChunkState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * The loader's value once it is in, as component state rather than React.lazy: a lazy component
 * suspends, and React 19 holds the reveal of a suspended boundary back until 300 ms after its
 * fallback was shown — a chunk that arrives in 20 ms would still cost 300 (measured: a reload on a
 * lazily loaded view, and each open of a container). A state update is drawn on the next frame.
 */
export function useChunk<T>(loader: ChunkLoader<T>): {
  readonly state: ChunkState<T>;
  readonly retry: () => void;
} {
  const [state, setState] = useState<ChunkState<T>>(() => {
    const value = loader.get();
    return value === null ? { status: 'loading' } : { status: 'ready', value };
  });
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    loader.load().then(
      (value) => {
        if (live) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [loader, state]);
  return {
    state,
    retry: () => {
      setState({ status: 'loading' });
    },
  };
}
