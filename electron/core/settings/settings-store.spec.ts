import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsUpdateRequest } from '../../../shared/settings/settings.js';
import { SettingsStore } from './settings-store.js';

describe('SettingsStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-settings-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads defaults when there is no file, and keeps unknown keys when it writes', async () => {
    const store = new SettingsStore(dir);
    expect((await store.read()).appearance.theme).toBe('system');
    await writeFile(
      store.path,
      JSON.stringify({
        future: { x: 1 },
        appearance: { theme: 'dark', laterField: true, terminalFontSize: 'huge' },
      }),
    );
    const read = await store.read();
    expect(read.appearance.theme).toBe('dark');
    // A damaged field falls back to its default; the rest of the section survives.
    expect(read.appearance.terminalFontSize).toBe(13);
    await store.update({ section: 'appearance', values: { theme: 'light' } });
    const file = JSON.parse(await readFile(store.path, 'utf8')) as Record<string, Record<string, unknown>>;
    expect(file['future']).toEqual({ x: 1 });
    expect(file['appearance']?.['laterField']).toBe(true);
    expect(file['appearance']?.['theme']).toBe('light');
  });

  it('treats a file that is not JSON as defaults', async () => {
    const store = new SettingsStore(dir);
    await writeFile(store.path, '{ nope');
    expect((await store.read()).language.language).toBe('system');
  });

  it('serialises concurrent updates so none is lost', async () => {
    const store = new SettingsStore(dir);
    await Promise.all([
      store.update({ section: 'appearance', values: { theme: 'dark' } }),
      store.update({ section: 'language', values: { language: 'zh-CN' } }),
      store.update({ section: 'appearance', values: { terminalFontSize: 16 } }),
    ]);
    const read = await store.read();
    expect(read.appearance).toMatchObject({ theme: 'dark', terminalFontSize: 16 });
    expect(read.language.language).toBe('zh-CN');
  });

  it('refuses a bad or unknown value at the boundary', () => {
    expect(
      settingsUpdateRequest.safeParse({ section: 'appearance', values: { theme: 'pink' } }).success,
    ).toBe(false);
    expect(settingsUpdateRequest.safeParse({ section: 'appearance', values: { colour: 'x' } }).success).toBe(
      false,
    );
    expect(settingsUpdateRequest.safeParse({ section: 'nope', values: {} }).success).toBe(false);
    expect(settingsUpdateRequest.safeParse({ section: 'language', values: { language: 'en' } }).success).toBe(
      true,
    );
  });
});
