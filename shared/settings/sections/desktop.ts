import { z } from 'zod';
import { defineSection } from '../define-section.js';

/** What only the desktop shell acts on (issue 19); web mode shows them disabled with the reason. */
export const desktopSection = defineSection(
  { startAtLogin: z.boolean(), closeToTray: z.boolean() },
  { startAtLogin: false, closeToTray: false },
);
