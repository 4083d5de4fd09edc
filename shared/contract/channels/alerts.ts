import { z } from 'zod';
import type { Alert } from '../../alerts/alert-types.js';
import type { ContainerHealth } from '../../alerts/health-types.js';
import { event, feature, invoke } from '../define.js';
import { containerRef } from '../ids.js';
import { empty } from './empty.js';

/** Health, crashes and alerts (issue 16). Mutes and thresholds are the `alerts` settings section. */
const invokes = {
  /** The persisted history, newest first: what happened while no window was looking. */
  'alerts.history': invoke<{ readonly alerts: readonly Alert[] }>()(empty),
  'alerts.clear': invoke<{ readonly alerts: readonly Alert[] }>()(empty),
  /** A container's health check configuration and its last probe results, for the detail view. */
  'alerts.health': invoke<ContainerHealth>()(z.strictObject({ ref: containerRef })),
} as const;

const events = {
  /** A new alert, or one that grew (same id): the UI replaces it in place. */
  'alerts.raised': event<Alert>(),
} as const;

export const alertsFeature = feature({ invokes, events, streams: {} });
