import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  readSettings,
  sections,
  type Settings,
  type SettingsUpdate,
} from '../../../shared/settings/settings.js';
import { replaceFile } from './replace-file.js';

export const SETTINGS_FILE_NAME = 'settings.json';

/**
 * `<dataDir>/settings.json`. Reads forgive (a damaged file or field falls back to defaults, so a bad
 * edit by hand never stops Berth from starting); writes are atomic, serialised, and keep every key
 * this version does not know.
 */
export class SettingsStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  get path(): string {
    return join(this.dataDir, SETTINGS_FILE_NAME);
  }

  async read(): Promise<Settings> {
    return readSettings(await this.raw());
  }

  /** Applies one section's patch; the patch was validated at the boundary, and is re-checked here. */
  update(change: SettingsUpdate): Promise<Settings> {
    const next = this.queue.then(async () => {
      const raw = await this.raw();
      const current = readSettings(raw);
      const patch = sections[change.section].patch.parse(change.values);
      const section = { ...rawSection(raw, change.section), ...current[change.section], ...patch };
      const file = { ...raw, [change.section]: section };
      await this.write(JSON.stringify(file, null, 2) + '\n');
      return readSettings(file);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async raw(): Promise<Record<string, unknown>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
    } catch {
      return {};
    }
  }

  private async write(text: string): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    await replaceFile(this.path, text);
  }
}

function rawSection(raw: Record<string, unknown>, name: string): Record<string, unknown> {
  const value = raw[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
