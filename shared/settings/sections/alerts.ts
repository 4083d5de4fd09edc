import { z } from 'zod';
import { defineSection } from '../define-section.js';

/** Alerts and their noise controls (issue 16). */
export const alertsSection = defineSection({ enabled: z.boolean() }, { enabled: true });
