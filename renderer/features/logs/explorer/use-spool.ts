import { useEffect, useState } from 'react';
import type {
  SearchProgress,
  SearchQuery,
  SpoolProgress,
  SpoolRequest,
} from '../../../../shared/logs/explorer.js';
import type { Client } from '../../../ipc/client.js';

export interface SpoolState {
  readonly progress: SpoolProgress | null;
  /** The stream could not open, or failed, or the link to Berth dropped. */
  readonly error: string | null;
}

/**
 * Opens a spool of the container's log for as long as the view shows it (the backend deletes
 * its files when this unsubscribes). Only progress reaches React state, a few times a second.
 * State is kept with the request it belongs to, so a new request starts from nothing.
 */
export const useSpool = (client: Client, request: SpoolRequest): SpoolState => {
  const key = JSON.stringify(request);
  const [state, setState] = useState<SpoolState & { readonly key: string | null }>({
    key: null,
    progress: null,
    error: null,
  });
  useEffect(() => {
    const handle = client.subscribe('logs.spool', JSON.parse(key) as SpoolRequest, {
      onChunk: (chunks) => {
        const last = chunks[chunks.length - 1];
        if (last) setState({ key, progress: last, error: null });
      },
      onEnd: (error) => {
        if (error)
          setState((s) => ({ key, progress: s.key === key ? s.progress : null, error: error.message }));
      },
    });
    return () => {
      handle.unsubscribe();
    };
  }, [client, key]);
  return state.key === key ? state : { progress: null, error: null };
};

export interface SearchState {
  readonly progress: SearchProgress | null;
  readonly error: string | null;
  readonly running: boolean;
}

const IDLE: SearchState = { progress: null, error: null, running: false };

/** A backend search over the spool while `query` is set; unsubscribing (or a new query) cancels it. */
export const useSpoolSearch = (
  client: Client,
  session: string | null,
  query: SearchQuery | null,
): SearchState & { readonly cancelled: boolean; cancel: () => void } => {
  const [state, setState] = useState<SearchState & { readonly key: string | null }>({ ...IDLE, key: null });
  const [cancelled, setCancelled] = useState<string | null>(null);
  const key = query && session ? JSON.stringify({ session, query }) : null;
  const live = key !== null && key !== cancelled;
  useEffect(() => {
    if (!live) return;
    const handle = client.subscribe(
      'logs.search',
      JSON.parse(key) as { session: string; query: SearchQuery },
      {
        onChunk: (chunks) => {
          const last = chunks[chunks.length - 1];
          if (last) setState({ key, progress: last, error: null, running: !last.caughtUp });
        },
        onEnd: (error) => {
          setState((s) => ({
            key,
            progress: s.key === key ? s.progress : null,
            running: false,
            error: error ? error.message : null,
          }));
        },
      },
    );
    return () => {
      handle.unsubscribe();
    };
  }, [client, key, live]);
  const current: SearchState = !live
    ? IDLE
    : state.key === key
      ? state
      : { progress: null, error: null, running: true };
  return {
    ...current,
    cancelled: key !== null && key === cancelled,
    cancel: () => {
      setCancelled(key);
    },
  };
};
