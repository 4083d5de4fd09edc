import { z } from 'zod';
import { defineSection } from '../define-section.js';

/** A container or compose project name as the engine spells it; bounded so a patch stays small. */
const muteName = z.string().min(1).max(255);

/**
 * Alerts and their noise controls (issue 16). `enabled` is the global mute; names rather than ids
 * so a mute survives a compose recreate. The restart-loop rule is N restarts within M minutes.
 */
export const alertsSection = defineSection(
  {
    enabled: z.boolean(),
    mutedContainers: z.array(muteName).max(500),
    mutedProjects: z.array(muteName).max(500),
    loopRestarts: z.number().int().min(2).max(100),
    loopMinutes: z.number().int().min(1).max(1440),
    /** Web mode: show the browser's notifications (after the browser's own permission prompt). */
    browserNotifications: z.boolean(),
  },
  {
    enabled: true,
    mutedContainers: [],
    mutedProjects: [],
    loopRestarts: 3,
    loopMinutes: 5,
    browserNotifications: false,
  },
);
