/** The engine connection's state, its retry and how its endpoint is described. */
export { endpointSourceText } from './endpoint-text.js';
export { retryEngine } from './engine-commands.js';
export { applyEngineStatus, applyLinkStatus, useEngineStore } from './engine-store.js';
export type { UnreachableStatus } from './engine-store.js';
export { useRetryCountdown } from './use-retry-countdown.js';
