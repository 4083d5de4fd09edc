/** A container's stats: the tab, the list's compact cells and the shared sampling hook. */
export { compactCpu, compactMemory } from './stats-format.js';
export { StatsView } from './StatsView.js';
export { useStats } from './use-stats.js';
