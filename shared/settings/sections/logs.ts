import { z } from 'zod';
import { defineSection } from '../define-section.js';

/** Defaults a new log view opens with (issues 18, 19). */
export const logsSection = defineSection(
  {
    timestamps: z.boolean(),
    wrap: z.boolean(),
  },
  { timestamps: false, wrap: true },
);
