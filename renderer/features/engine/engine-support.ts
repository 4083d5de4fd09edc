import { useCallback } from 'react';
import type { EngineFeature, EngineSummary } from '../../../shared/contract/channels/engines.js';
import { splitQualified } from '../../lib/engine-routing.js';
import { wordError } from '../../ipc/word-error.js';
import { useEngineView } from './engine-view.js';
import { useEnginesStore } from './engines-store.js';

/**
 * The engine an object belongs to: the one its qualified id names, else the one picked in the sidebar (`picked`), else the
 * engine the docker CLI names right now (what an un-named request reaches).
 */
export const engineOfRef = (
  engines: readonly EngineSummary[] | null,
  picked: string | null,
  ref: string,
): EngineSummary | undefined => {
  const named = splitQualified(ref).engine ?? picked ?? undefined;
  return named === undefined ? engines?.find((e) => e.current) : engines?.find((e) => e.id === named);
};

/**
 * Why `engine` cannot do `feature`, or null when it can or nobody knows yet: an engine never connected has no
 * capabilities, and refusing on a guess would hide controls the engine may well support (its own error still says why).
 */
export const lackedReason = (engine: EngineSummary | undefined, feature: EngineFeature): string | null => {
  const support = engine?.capabilities?.features[feature];
  return support === undefined || support.ok ? null : wordError(support.text, support.reason);
};

/** For a row's (possibly engine-qualified) id: why its engine lacks `feature`, or null. */
export const useLackedReason = (feature: EngineFeature): ((ref: string) => string | null) => {
  const engines = useEnginesStore((s) => s.engines);
  const view = useEngineView();
  const picked = view.kind === 'one' ? view.engine : null;
  return useCallback(
    (ref: string) => lackedReason(engineOfRef(engines, picked, ref), feature),
    [engines, picked, feature],
  );
};

/**
 * Why the engine an un-named request reaches (the one the docker CLI names) lacks `feature`, or null. For controls
 * that act on no row, e.g. Build.
 */
export const useCliEngineLacks = (feature: EngineFeature): string | null =>
  useEnginesStore((s) => lackedReason(engineOfRef(s.engines, null, ''), feature));

/**
 * Why the CLI's engine cannot start a swarm, or null. Only Podman has no swarm mode at all: a
 * Docker engine that is not in a swarm yet (its `swarm` feature "not usable") is exactly the
 * engine that may initialise one.
 */
export const useSwarmInitRefusal = (): string | null =>
  useEnginesStore((s) => {
    const engine = engineOfRef(s.engines, null, '');
    return engine?.capabilities?.identity.kind === 'podman' ? lackedReason(engine, 'swarm') : null;
  });
