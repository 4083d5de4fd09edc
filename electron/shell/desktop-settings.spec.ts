import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSettingsStore,
  defaultSettings,
  parseSettings,
  supportedSettings,
} from './desktop-settings.js';

let dir = '';
const file = () => {
  dir = mkdtempSync(path.join(tmpdir(), 'berth-settings-'));
  return path.join(dir, 'nested', 'desktop-settings.json');
};
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('desktop settings', () => {
  it('defaults: not at login; close to tray on Windows only', () => {
    expect(defaultSettings('win32')).toEqual({ openAtLogin: false, closeToTray: true });
    expect(defaultSettings('linux')).toEqual({ openAtLogin: false, closeToTray: false });
    expect(defaultSettings('darwin')).toEqual({ openAtLogin: false, closeToTray: false });
  });

  it('says which settings each platform honours', () => {
    expect([...supportedSettings('darwin')]).toEqual(['openAtLogin']);
    expect([...supportedSettings('win32')].sort()).toEqual(['closeToTray', 'openAtLogin']);
    expect([...supportedSettings('linux')]).toEqual(['closeToTray']);
  });

  it('keeps well-formed fields and ignores the rest', () => {
    expect(parseSettings({ openAtLogin: true, closeToTray: 'yes', extra: 1 }, 'linux')).toEqual({
      openAtLogin: true,
      closeToTray: false,
    });
    for (const raw of [null, 42, 'x', []])
      expect(parseSettings(raw, 'win32')).toEqual(defaultSettings('win32'));
  });

  it('persists a change and reads it back in a new store (a restart)', () => {
    const where = file();
    const store = createSettingsStore(where, 'linux');
    expect(store.get()).toEqual(defaultSettings('linux'));
    expect(store.set('closeToTray', true)).toEqual({ openAtLogin: false, closeToTray: true });
    store.set('openAtLogin', true);
    expect(JSON.parse(readFileSync(where, 'utf8'))).toEqual({ openAtLogin: true, closeToTray: true });
    expect(createSettingsStore(where, 'linux').get()).toEqual({ openAtLogin: true, closeToTray: true });
  });

  it('starts from the defaults when the file is corrupt', () => {
    const where = file();
    createSettingsStore(where, 'win32').set('openAtLogin', true);
    writeFileSync(where, '{ not json');
    expect(createSettingsStore(where, 'win32').get()).toEqual(defaultSettings('win32'));
  });
});
