import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atLeast,
  checkDisplay,
  electronBinary,
  firstLine,
  preflightDist,
  preflightStart,
  type StartDeps,
} from './preflight.mjs';

const ELECTRON = '/repo/node_modules/electron';
const BINARY = path.join(ELECTRON, 'dist', 'electron');

/** A file system with the given files, and a download that adds `adds` when it succeeds. */
const deps = (
  over: Partial<StartDeps> & { files?: Record<string, string>; downloadAdds?: Record<string, string> } = {},
) => {
  const files = new Map(Object.entries(over.files ?? {}));
  let downloads = 0;
  const base: StartDeps = {
    platform: 'linux',
    env: { DISPLAY: ':0' },
    electronDir: ELECTRON,
    exists: (file) => files.has(file),
    readFile: (file) => {
      const text = files.get(file);
      if (text === undefined) throw new Error(`ENOENT ${file}`);
      return text;
    },
    download: () => {
      downloads++;
      if (!over.downloadAdds) return Promise.resolve({ ok: false, reason: 'TypeError: fetch failed' });
      for (const [file, text] of Object.entries(over.downloadAdds)) files.set(file, text);
      return Promise.resolve({ ok: true });
    },
  };
  const { files: _files, downloadAdds: _adds, ...rest } = over;
  return { deps: { ...base, ...rest }, downloads: () => downloads };
};

const installed = { [path.join(ELECTRON, 'path.txt')]: 'electron', [BINARY]: '' };

describe('npm start preflight', () => {
  it('passes when the binary is there, without downloading', async () => {
    const { deps: d, downloads } = deps({ files: installed });
    expect(await preflightStart(d)).toEqual({ ok: true });
    expect(downloads()).toBe(0);
  });

  it('names the cause and npm run web when the binary is missing and cannot be fetched', async () => {
    const { deps: d, downloads } = deps();
    const verdict = await preflightStart(d);
    expect(downloads()).toBe(1);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.message).toContain('Electron binary is missing and could not be downloaded');
    expect(verdict.message).toContain('(TypeError: fetch failed)');
    expect(verdict.message).toContain('npm run web');
  });

  it('treats path.txt pointing at a deleted binary as missing', async () => {
    const { deps: d, downloads } = deps({ files: { [path.join(ELECTRON, 'path.txt')]: 'electron' } });
    expect((await preflightStart(d)).ok).toBe(false);
    expect(downloads()).toBe(1);
  });

  it('passes when the one download attempt brings the binary', async () => {
    const { deps: d } = deps({ downloadAdds: installed });
    expect(await preflightStart(d)).toEqual({ ok: true });
  });

  it('says so when electron is not installed at all', async () => {
    const { deps: d, downloads } = deps({ electronDir: null });
    const verdict = await preflightStart(d);
    expect(verdict.ok || verdict.message).toContain('npm run web');
    expect(downloads()).toBe(0);
  });

  it('on Linux without DISPLAY or WAYLAND_DISPLAY, says so before trying any download', async () => {
    const { deps: d, downloads } = deps({ env: { DISPLAY: '' }, files: installed });
    const verdict = await preflightStart(d);
    expect(verdict.ok || verdict.message).toContain('neither DISPLAY nor WAYLAND_DISPLAY');
    expect(verdict.ok || verdict.message).toContain('npm run web');
    expect(downloads()).toBe(0);
  });

  it('accepts Wayland, and any macOS or Windows session', () => {
    expect(checkDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ ok: true });
    expect(checkDisplay('linux', { DISPLAY: ':99' })).toEqual({ ok: true });
    expect(checkDisplay('darwin', {})).toEqual({ ok: true });
    expect(checkDisplay('win32', {})).toEqual({ ok: true });
  });

  it('finds the binary where Electron itself looks, honouring ELECTRON_OVERRIDE_DIST_PATH', () => {
    const files = { [path.join(ELECTRON, 'path.txt')]: 'Electron.app/Contents/MacOS/Electron\n' };
    const { deps: d } = deps({ files });
    expect(electronBinary(d)).toBe(path.join(ELECTRON, 'dist', 'Electron.app/Contents/MacOS/Electron'));
    const { deps: o } = deps({ files, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' } });
    expect(electronBinary(o)).toBe(path.join('/opt/electron', 'Electron.app/Contents/MacOS/Electron'));
  });

  it("keeps the install script's error and drops its stack", () => {
    expect(firstLine('\nTypeError: fetch failed\n    at node:internal/deps/undici:1:1\n')).toBe(
      'TypeError: fetch failed',
    );
    expect(firstLine('')).toBe('no output');
  });

  it.runIf(process.platform === 'linux')(
    'as npm start runs it: exits non-zero at once with the message, no stack trace',
    () => {
      const env = { ...process.env };
      delete env.DISPLAY;
      delete env.WAYLAND_DISPLAY;
      const started = Date.now();
      const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'preflight.mjs'), 'start'], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(run.stderr).toContain('npm run web');
      expect(run.stderr).not.toMatch(/^\s+at /m);
    },
  );
});

describe('npm run dist preflight', () => {
  it('needs Node 22.12 or later', () => {
    expect(preflightDist('22.12.0')).toEqual({ ok: true });
    expect(preflightDist('24.1.0')).toEqual({ ok: true });
    const old = preflightDist('20.19.5');
    expect(old.ok || old.message).toContain('Node 22.12.0 or later');
    expect(preflightDist('22.11.9').ok).toBe(false);
  });

  it('compares versions numerically', () => {
    expect(atLeast('22.12.0', '22.12.0')).toBe(true);
    expect(atLeast('22.9.0', '22.12.0')).toBe(false);
    expect(atLeast('100.0.0', '22.12.0')).toBe(true);
  });
});
