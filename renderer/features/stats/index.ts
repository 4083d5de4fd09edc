/** A container's stats: the tab, the list's compact cells and the shared sampling hook. */
export { compactCpu, compactMemory } from './stats-format.js';
export { StatsView } from './StatsView.js';
export { useStats } from './use-stats.js';
/** The shared streams themselves, for a view that holds many containers at once (the list's usage sort). */
export { statsHubFor, type StatsHub } from './stats-hub.js';
