/** The engine connection's state, its retry and how its endpoint is described; every engine Berth knows. */
export { endpointSourceText } from './endpoint-text.js';
export { retryEngine } from './engine-commands.js';
export { applyEngineStatus, applyLinkStatus, useEngineStore } from './engine-store.js';
export type { UnreachableStatus } from './engine-store.js';
export {
  ALL_ENGINES,
  applyContexts,
  applyEngines,
  applyEngineStatusChanged,
  engineById,
  engineCanAct,
  resetEnginesStore,
  useEnginesStore,
  type EngineChoice,
} from './engines-store.js';
export {
  setEngineFilter,
  targetEngineNow,
  useEngineFilter,
  useEngineView,
  viewOf,
  visibleEngines,
  type EngineView,
} from './engine-view.js';
export { useRetryCountdown } from './use-retry-countdown.js';
export {
  engineOfRef,
  lackedReason,
  useCliEngineLacks,
  useSwarmInitRefusal,
  useLackedReason,
} from './engine-support.js';
export {
  EngineFilterField,
  EngineName,
  useEngineLabel,
  useKeyLive,
  useKeyName,
  useShowsEngineColumn,
  useTargetEngine,
  useVisibleEngines,
} from './engine-pieces.js';
