import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  knownDockerFolders,
  mergePaths,
  nodeSpawner,
  parseShellOutput,
  resolveLoginPath,
  type SpawnedShell,
  type Spawner,
} from './login-path.js';

const MINIMAL = '/usr/bin:/bin:/usr/sbin:/sbin';
const HOME = '/Users/ada';

interface Call {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

/** A spawner whose shell prints `stdout`, fails, or never ends; records calls and kills. */
const fakeSpawner = (behaviour: { stdout: string } | 'hang' | 'reject' | 'throw') => {
  const calls: Call[] = [];
  let kills = 0;
  const spawn: Spawner = (file, args, env): SpawnedShell => {
    calls.push({ file, args, env });
    if (behaviour === 'throw') throw new Error('ENOENT');
    const result =
      behaviour === 'hang'
        ? new Promise<never>(() => undefined)
        : behaviour === 'reject'
          ? Promise.reject(new Error('spawn ENOENT'))
          : Promise.resolve({ stdout: behaviour.stdout, code: 0 });
    return {
      result,
      kill: () => {
        kills++;
      },
    };
  };
  return { spawn, calls, kills: () => kills };
};

const printed = (value: string) =>
  `Last login: Mon\nwelcome from .zshrc\n__BERTH_PATH__\n${value}\n__BERTH_PATH__\nbye\n`;

describe('resolveLoginPath', () => {
  it("puts the login shell's PATH first, then the inherited one, then the known Docker folders", async () => {
    const shell = fakeSpawner({ stdout: printed('/opt/homebrew/bin:/Users/ada/bin:/usr/bin:/bin') });
    const resolved = await resolveLoginPath({
      platform: 'darwin',
      env: { PATH: MINIMAL, SHELL: '/bin/zsh' },
      home: HOME,
      spawn: shell.spawn,
    });
    expect(resolved.source).toBe('login-shell');
    expect(resolved.path.split(':')).toEqual([
      '/opt/homebrew/bin',
      '/Users/ada/bin',
      '/usr/bin',
      '/bin',
      '/usr/sbin',
      '/sbin',
      '/usr/local/bin',
      '/Applications/Docker.app/Contents/Resources/bin',
      '/Users/ada/.docker/bin',
      '/Users/ada/.rd/bin',
      '/Users/ada/.orbstack/bin',
      '/Users/ada/.colima/bin',
      '/opt/podman/bin',
    ]);
    expect(shell.calls).toHaveLength(1);
    expect(shell.calls[0]?.file).toBe('/bin/zsh');
    expect(shell.calls[0]?.args[0]).toBe('-ilc');
  });

  it('falls back to the inherited PATH and the known folders when the shell is too slow, and kills it', async () => {
    const shell = fakeSpawner('hang');
    const started = Date.now();
    const resolved = await resolveLoginPath({
      platform: 'darwin',
      env: { PATH: MINIMAL, SHELL: '/bin/zsh' },
      home: HOME,
      spawn: shell.spawn,
      timeoutMs: 50,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(resolved.source).toBe('timeout');
    expect(shell.kills()).toBe(1);
    expect(resolved.path.startsWith(`${MINIMAL}:/usr/local/bin:/opt/homebrew/bin:`)).toBe(true);
    expect(resolved.path).toContain('/Applications/Docker.app/Contents/Resources/bin');
  });

  it.each(['reject', 'throw', { stdout: 'zsh: no such option\n' }] as const)(
    'falls back when the shell fails (%s)',
    async (behaviour) => {
      const shell = fakeSpawner(behaviour);
      const resolved = await resolveLoginPath({
        platform: 'linux',
        env: { PATH: '/usr/bin:/bin' },
        home: '/home/ada',
        spawn: shell.spawn,
      });
      expect(resolved.source).toBe('shell-failed');
      expect(resolved.path.split(':')).toEqual([
        '/usr/bin',
        '/bin',
        '/usr/local/bin',
        '/home/ada/.docker/bin',
        '/home/ada/.rd/bin',
        '/snap/bin',
      ]);
    },
  );

  it('uses a default shell when SHELL is unset or not an absolute path', async () => {
    for (const [platform, env, expected] of [
      ['darwin', { PATH: MINIMAL }, '/bin/zsh'],
      ['linux', { PATH: MINIMAL, SHELL: 'zsh; rm -rf /' }, '/bin/sh'],
    ] as const) {
      const shell = fakeSpawner({ stdout: printed('/x') });
      await resolveLoginPath({ platform, env, home: HOME, spawn: shell.spawn });
      expect(shell.calls[0]?.file).toBe(expected);
    }
  });

  it('keeps only the known folders that exist when told how to check', async () => {
    const shell = fakeSpawner({ stdout: printed('/usr/bin') });
    const resolved = await resolveLoginPath({
      platform: 'darwin',
      env: { PATH: '/usr/bin' },
      home: HOME,
      spawn: shell.spawn,
      isDirectory: (folder) => folder === '/Applications/Docker.app/Contents/Resources/bin',
    });
    expect(resolved.path).toBe('/usr/bin:/Applications/Docker.app/Contents/Resources/bin');
  });

  it("on Windows asks no shell and adds Docker Desktop's resources\\bin to Path", async () => {
    const shell = fakeSpawner('hang');
    const resolved = await resolveLoginPath({
      platform: 'win32',
      env: { Path: 'C:\\Windows\\system32;C:\\Windows', ProgramFiles: 'D:\\Programs' },
      home: 'C:\\Users\\ada',
      spawn: shell.spawn,
    });
    expect(shell.calls).toEqual([]);
    expect(resolved).toEqual({
      path: 'C:\\Windows\\system32;C:\\Windows;D:\\Programs\\Docker\\Docker\\resources\\bin',
      source: 'not-needed',
    });
    expect(knownDockerFolders('win32', 'C:\\Users\\ada', {})).toEqual([
      'C:\\Program Files\\Docker\\Docker\\resources\\bin',
    ]);
  });
});

describe('parsing and merging', () => {
  it('reads the PATH between the markers only', () => {
    expect(parseShellOutput(printed('/a:/b'))).toBe('/a:/b');
    expect(parseShellOutput('/a:/b\n')).toBeNull();
    expect(parseShellOutput('__BERTH_PATH__\n\n__BERTH_PATH__')).toBeNull();
  });

  it('keeps the first of duplicates and drops empty entries', () => {
    expect(mergePaths([['/a', '', '/b'], ['/b', '/c', ' '], ['/a']], ':')).toBe('/a:/b:/c');
  });
});

describe.skipIf(process.platform === 'win32')('nodeSpawner with a real login shell', () => {
  let home = '';
  afterEach(() => {
    if (home) rmSync(home, { recursive: true, force: true });
    home = '';
  });

  const withProfile = (profile: string): string => {
    home = mkdtempSync(path.join(tmpdir(), 'berth-login-path-'));
    writeFileSync(path.join(home, '.profile'), profile);
    return home;
  };

  it("reads the PATH a login shell's profile sets", async () => {
    const dir = withProfile('echo noise from .profile\nexport PATH="/berth/from-profile:$PATH"\n');
    const resolved = await resolveLoginPath({
      platform: 'linux',
      env: { PATH: '/usr/bin:/bin', HOME: dir, SHELL: '/bin/sh' },
      home: dir,
      spawn: nodeSpawner,
      timeoutMs: 20_000,
    });
    expect(resolved.source).toBe('login-shell');
    // /etc/profile may set its own PATH first; the profile's addition comes first either way.
    const entries = resolved.path.split(':');
    expect(entries[0]).toBe('/berth/from-profile');
    expect(entries).toEqual(expect.arrayContaining(['/usr/bin', '/bin', '/usr/local/bin']));
    expect(new Set(entries).size).toBe(entries.length);
  });

  it('gives up on a profile that hangs, within the timeout', async () => {
    const dir = withProfile('sleep 30\n');
    const started = Date.now();
    const resolved = await resolveLoginPath({
      platform: 'linux',
      env: { PATH: '/usr/bin:/bin', HOME: dir, SHELL: '/bin/sh' },
      home: dir,
      spawn: nodeSpawner,
      timeoutMs: 300,
    });
    expect(resolved.source).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(resolved.path.startsWith('/usr/bin:/bin:')).toBe(true);
  });
});
