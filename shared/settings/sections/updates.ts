import { z } from 'zod';
import { defineSection } from '../define-section.js';

/**
 * Image updates (issue 17): how often Berth asks registries whether the tags its containers came
 * from moved. Off by default: every check is a request to a registry, possibly a remote one with
 * rate limits, and the user decides when that happens. Local-only images are never checked.
 */
export const updatesSection = defineSection(
  {
    /** Hours between checks while Berth runs; 0: only when asked. */
    checkEveryHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 7),
  },
  { checkEveryHours: 0 },
);
