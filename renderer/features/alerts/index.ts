/** Health, crashes and alerts (issue 16): the toasts and history, the list's badges and filters. */
export { AlertCenter } from './AlertCenter.js';
export { HealthBadges } from './HealthBadges.js';
export { hasProblem, matchesHealthFilter, HEALTH_FILTERS, type HealthFilter } from './problem-filter.js';
export { wireAlerts } from './wire-alerts.js';
export { ProblemsToggle } from './ProblemsToggle.js';
export { filterProblems, setProblemsOnly, useProblemsFiltered } from './problems-store.js';
export { HealthView } from './HealthView.js';
