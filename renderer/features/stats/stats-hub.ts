import type { StatsSample } from '../../../shared/contract/container-detail.js';
import type { Client, StreamHandle } from '../../ipc/client.js';
import { RingBuffer } from './ring-buffer.js';

/** Five minutes of one-per-second samples, with room for jitter. */
export const HISTORY_SAMPLES = 330;
/** A released subscription lingers this long, so scrolling a row out and back costs no engine call. */
const LINGER_MS = 3000;

export interface StatsView {
  readonly latest: StatsSample | undefined;
  readonly history: RingBuffer<StatsSample>;
  /** Why samples stopped, if they did. */
  readonly problem: string | undefined;
}

interface Entry {
  holders: number;
  handle: StreamHandle<'containers.stats'> | null;
  linger: ReturnType<typeof setTimeout> | null;
  view: StatsView;
}

export interface StatsHub {
  /** Keeps one engine stats stream for the container while anyone holds it; returns the release. */
  hold(id: string): () => void;
  view(id: string): StatsView | undefined;
  /** Called on every sample or state change of that container's stats. */
  listen(id: string, listener: () => void): () => void;
  /** Open engine streams (for tests and diagnostics). */
  readonly openStreams: number;
}

/**
 * One shared `containers.stats` subscription per container, reference-counted across the
 * list's rows and the detail view. Samples live here, outside React state.
 */
export const createStatsHub = (client: Client, lingerMs = LINGER_MS): StatsHub => {
  const entries = new Map<string, Entry>();
  // Apart from entries: a view may listen before (or after) it holds.
  const listeners = new Map<string, Set<() => void>>();

  const emit = (id: string): void => {
    const set = listeners.get(id);
    if (set) for (const listener of [...set]) listener();
  };

  const start = (id: string, entry: Entry): void => {
    entry.view = { ...entry.view, problem: undefined };
    const handle = client.subscribe(
      'containers.stats',
      { ref: id },
      {
        onChunk: (samples) => {
          const sample = samples.at(-1);
          if (!sample) return;
          for (const s of samples) entry.view.history.push(s);
          entry.view = { ...entry.view, latest: sample };
          emit(id);
        },
        onEnd: (error) => {
          if (entry.handle === handle) entry.handle = null;
          const problem = error
            ? error.code === 'BACKEND_LOST'
              ? 'Reconnecting to the Berth backend…'
              : error.message
            : 'Stats ended (the container stopped).';
          entry.view = { ...entry.view, problem };
          emit(id);
        },
      },
    );
    entry.handle = handle.open ? handle : null;
  };

  const stop = (id: string, entry: Entry): void => {
    entry.handle?.unsubscribe();
    entry.handle = null;
    entries.delete(id);
    emit(id);
  };

  // After a reconnect the backend has forgotten our streams: open again what is still held.
  client.onReady(() => {
    for (const [id, entry] of entries) if (entry.holders > 0 && !entry.handle) start(id, entry);
  });

  return {
    hold(id) {
      let entry = entries.get(id);
      if (!entry) {
        entry = {
          holders: 0,
          handle: null,
          linger: null,
          view: { latest: undefined, history: new RingBuffer(HISTORY_SAMPLES), problem: undefined },
        };
        entries.set(id, entry);
      }
      const held = entry;
      held.holders++;
      if (held.linger) {
        clearTimeout(held.linger);
        held.linger = null;
      }
      // A holder arriving after the stream ended (the container started again) restarts it.
      if (!held.handle) start(id, held);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.holders--;
        if (held.holders > 0) return;
        held.linger = setTimeout(() => {
          held.linger = null;
          if (held.holders === 0) stop(id, held);
        }, lingerMs);
      };
    },
    view(id) {
      return entries.get(id)?.view;
    },
    listen(id, listener) {
      let set = listeners.get(id);
      if (!set) {
        set = new Set();
        listeners.set(id, set);
      }
      set.add(listener);
      return () => {
        const current = listeners.get(id);
        current?.delete(listener);
        if (current?.size === 0) listeners.delete(id);
      };
    },
    get openStreams() {
      let n = 0;
      for (const entry of entries.values()) if (entry.handle) n++;
      return n;
    },
  };
};

const hubs = new WeakMap<Client, StatsHub>();

export const statsHubFor = (client: Client): StatsHub => {
  let hub = hubs.get(client);
  if (!hub) {
    hub = createStatsHub(client);
    hubs.set(client, hub);
  }
  return hub;
};
