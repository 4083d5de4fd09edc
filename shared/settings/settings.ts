import { z } from 'zod';
import type { SectionValues } from './define-section.js';
import { alertsSection } from './sections/alerts.js';
import { appearanceSection } from './sections/appearance.js';
import { desktopSection } from './sections/desktop.js';
import { enginesSection } from './sections/engines.js';
import { languageSection } from './sections/language.js';
import { listsSection } from './sections/lists.js';
import { logsSection } from './sections/logs.js';
import { updatesSection } from './sections/updates.js';

/**
 * Every section of Berth's settings, once. A feature owns its section's file in `sections/`; this
 * list is the only shared edit.
 */
export const sections = {
  appearance: appearanceSection,
  language: languageSection,
  logs: logsSection,
  alerts: alertsSection,
  desktop: desktopSection,
  engines: enginesSection,
  lists: listsSection,
  updates: updatesSection,
} as const;

export type SectionName = keyof typeof sections;
export const sectionNames = Object.keys(sections) as SectionName[];

export type Settings = { readonly [S in SectionName]: SectionValues<(typeof sections)[S]> };

/** Reads a settings file's JSON: every known section parsed forgivingly, defaults for what is missing. */
export function readSettings(raw: unknown): Settings {
  const object =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(
    sectionNames.map((name) => [name, sections[name].read.parse(object[name] ?? {})]),
  ) as Settings;
}

export type SettingsUpdate = {
  readonly [S in SectionName]: { readonly section: S; readonly values: Partial<Settings[S]> };
}[SectionName];

/** A change from the UI: one section, some of its fields, nothing unknown. */
export const settingsUpdateRequest = z.union(
  sectionNames.map((name) =>
    z.strictObject({ section: z.literal(name), values: sections[name].patch }),
  ) as unknown as [z.ZodType, z.ZodType],
) as unknown as z.ZodType<SettingsUpdate>;
