import { z } from 'zod';
import { defineSection } from '../define-section.js';

/** `system` follows the OS/browser until the user picks a language (issue 19). */
export const languageSection = defineSection(
  { language: z.enum(['system', 'en', 'zh-CN']) },
  { language: 'system' },
);
