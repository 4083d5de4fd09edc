import { z } from 'zod';
import { defineSection } from '../define-section.js';

/** Which engine the window opens on: `null` is the one the docker CLI names (issue 13). */
export const enginesSection = defineSection(
  { defaultEngine: z.string().min(1).max(200).nullable() },
  { defaultEngine: null },
);
