import { create } from 'zustand';
import type {
  ContextStoreSnapshot,
  EngineStatusChanged,
  EngineSummary,
} from '../../../shared/contract/channels/engines.js';

/** What the sidebar's picker chose: one engine, every engine, or (null) the one the docker CLI names. */
export type EngineChoice = string | null;
export const ALL_ENGINES = 'all';

export interface EnginesState {
  /** Every engine the backend knows, in its order; null until the first answer. */
  readonly engines: readonly EngineSummary[] | null;
  readonly contexts: ContextStoreSnapshot | null;
}

export const useEnginesStore = create<EnginesState>()(() => ({ engines: null, contexts: null }));

export const applyEngines = (engines: readonly EngineSummary[]): void => {
  useEnginesStore.setState({ engines });
};

/** One engine's status changed: only its entry is replaced. */
export const applyEngineStatusChanged = (change: EngineStatusChanged): void => {
  useEnginesStore.setState((s) => {
    if (!s.engines?.some((e) => e.id === change.engine)) return s;
    const engines = s.engines.map((e) =>
      e.id === change.engine
        ? { ...e, status: change.status, capabilities: change.capabilities ?? e.capabilities }
        : e,
    );
    return { engines };
  });
};

export const applyContexts = (contexts: ContextStoreSnapshot): void => {
  useEnginesStore.setState({ contexts });
};

export const resetEnginesStore = (): void => {
  useEnginesStore.setState({ engines: null, contexts: null }, true);
};

export const engineById = (engines: readonly EngineSummary[] | null, id: string): EngineSummary | undefined =>
  engines?.find((e) => e.id === id);

/** Actions go to an engine only while it answers. */
export const engineCanAct = (engine: EngineSummary | undefined): boolean =>
  engine?.status.state === 'connected';
