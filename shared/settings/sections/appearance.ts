import { z } from 'zod';
import { defineSection } from '../define-section.js';

/** Theme and terminal look (issue 19). */
export const appearanceSection = defineSection(
  {
    theme: z.enum(['system', 'light', 'dark']),
    terminalFontFamily: z.string().trim().min(1).max(200),
    terminalFontSize: z.number().int().min(8).max(32),
  },
  { theme: 'system', terminalFontFamily: 'monospace', terminalFontSize: 13 },
);
