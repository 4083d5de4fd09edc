import { create } from 'zustand';
import { useSettingsStore } from '../../lib/settings-store.js';
import type { EngineSummary } from '../../../shared/contract/channels/engines.js';
import { ALL_ENGINES, useEnginesStore, type EngineChoice } from './engines-store.js';

/**
 * What the lists show: the engine the docker CLI names (the backend's own connection, as before
 * there were several), one chosen engine, or every engine merged.
 */
export type EngineView =
  { readonly kind: 'cli' } | { readonly kind: 'one'; readonly engine: string } | { readonly kind: 'all' };

export const viewOf = (choice: EngineChoice): EngineView =>
  choice === null
    ? { kind: 'cli' }
    : choice === ALL_ENGINES
      ? { kind: 'all' }
      : { kind: 'one', engine: choice };

/** The Engine filter of the merged lists: every engine, or one of them. */
export const useEngineFilter = create<{ readonly engine: string | null }>()(() => ({ engine: null }));

export const setEngineFilter = (engine: string | null): void => {
  useEngineFilter.setState({ engine });
};

/** The engines whose objects the lists show (null: the CLI's engine, through the un-named channels). */
export const visibleEngines = (
  view: EngineView,
  filter: string | null,
  engines: readonly EngineSummary[] | null,
): readonly string[] | null => {
  if (view.kind === 'cli') return null;
  if (view.kind === 'one') return [view.engine];
  const all = (engines ?? []).map((e) => e.id);
  return filter !== null && all.includes(filter) ? [filter] : all;
};

/** The sidebar's choice as the lists read it (the `engines.defaultEngine` setting). */
export const useEngineView = (): EngineView =>
  viewOf(useSettingsStore((s) => s.settings?.engines.defaultEngine ?? null));

/**
 * Where a new object goes, read at the moment of a click (outside React): the one engine the lists
 * show, or undefined for the launch engine. The same answer as `useTargetEngine`.
 */
export const targetEngineNow = (): string | undefined => {
  const choice = useSettingsStore.getState().settings?.engines.defaultEngine ?? null;
  const visible = visibleEngines(
    viewOf(choice),
    useEngineFilter.getState().engine,
    useEnginesStore.getState().engines,
  );
  return visible?.length === 1 ? visible[0] : undefined;
};
