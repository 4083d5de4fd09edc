import { describe, expect, it } from 'vitest';
import { composeRunRequest, projectName } from './compose.js';

describe('projectName', () => {
  it('accepts what compose accepts', () => {
    for (const name of ['shop', 'a', '0day', 'my_app-2', 'berthtest1a2b3c4d', 'a'.repeat(63)]) {
      expect(projectName.safeParse(name).success, name).toBe(true);
    }
  });

  it('refuses upper case, leading _ or -, dots, spaces, slashes, empty and overlong names', () => {
    for (const name of ['Shop', '_x', '-x', 'a.b', 'a b', '../x', 'a/b', '', 'a'.repeat(64), 'ünï', 'a\0b']) {
      expect(projectName.safeParse(name).success, JSON.stringify(name)).toBe(false);
    }
  });
});

describe('composeRunRequest', () => {
  const ok = { file: '/srv/app/docker-compose.yml', project: null, command: 'up', volumes: false };

  it('accepts a file with or without a project name', () => {
    expect(composeRunRequest.safeParse(ok).success).toBe(true);
    expect(
      composeRunRequest.safeParse({ ...ok, project: 'app', command: 'down', volumes: true }).success,
    ).toBe(true);
  });

  it('refuses NUL bytes, huge paths, unknown commands and extra keys', () => {
    for (const bad of [
      { ...ok, file: '/a\0b' },
      { ...ok, file: `/${'a'.repeat(5000)}` },
      { ...ok, file: '' },
      { ...ok, command: 'exec' },
      { ...ok, command: 'up --build' },
      { ...ok, args: ['--rm'] },
      { ...ok, project: 'UPPER' },
    ]) {
      expect(composeRunRequest.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});
