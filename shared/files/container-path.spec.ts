import { describe, expect, it } from 'vitest';
import { containerPath, entryName } from '../contract/files.js';
import { volumeName } from '../contract/volumes.js';
import {
  baseName,
  containerPathProblem,
  entryNameProblem,
  joinPath,
  parentPath,
  pathCrumbs,
} from './container-path.js';

describe('container paths', () => {
  it('accepts plain absolute paths', () => {
    for (const path of ['/', '/etc', '/srv/app/readme.txt', '/with space/é', '/.hidden', '/a..b']) {
      expect(containerPathProblem(path)).toBeNull();
      expect(containerPath.safeParse(path).success).toBe(true);
    }
  });

  it('refuses relative, unnormalised, NUL and oversized paths, saying why', () => {
    expect(containerPathProblem('')).toBe('must not be empty');
    expect(containerPathProblem('etc')).toBe('must be absolute (start with /)');
    expect(containerPathProblem('/etc/')).toBe('must not end with /');
    expect(containerPathProblem('/a//b')).toBe('must not contain //');
    expect(containerPathProblem('/a/../etc')).toBe('must not contain . or .. segments');
    expect(containerPathProblem('/./a')).toBe('must not contain . or .. segments');
    expect(containerPathProblem('/..')).toBe('must not contain . or .. segments');
    expect(containerPathProblem('/a\0b')).toBe('must not contain NUL bytes');
    expect(containerPathProblem(`/${'a'.repeat(256)}`)).toBe('names must be at most 255 bytes');
    expect(containerPathProblem(`/${'é'.repeat(128)}`)).toBe('names must be at most 255 bytes');
    expect(containerPathProblem(`/${'a/'.repeat(2100)}a`)).toBe('must be at most 4096 characters');
    const parsed = containerPath.safeParse('/a/../b');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('The path must not contain . or .. segments.');
  });

  it('joins, splits and breadcrumbs paths', () => {
    expect(joinPath('/', 'etc')).toBe('/etc');
    expect(joinPath('/etc', 'hosts')).toBe('/etc/hosts');
    expect(parentPath('/etc/hosts')).toBe('/etc');
    expect(parentPath('/etc')).toBe('/');
    expect(parentPath('/')).toBe('/');
    expect(baseName('/etc/hosts')).toBe('hosts');
    expect(baseName('/')).toBe('');
    expect(pathCrumbs('/srv/app')).toEqual([
      { name: '/', path: '/' },
      { name: 'srv', path: '/srv' },
      { name: 'app', path: '/srv/app' },
    ]);
  });
});

describe('file and volume names', () => {
  it('takes one safe file name', () => {
    expect(entryNameProblem('report 1.txt')).toBeNull();
    expect(entryNameProblem('..x')).toBeNull();
    expect(entryNameProblem('')).toBe('must not be empty');
    expect(entryNameProblem('a/b')).toBe('must not contain /');
    expect(entryNameProblem('..')).toBe('must not be . or ..');
    expect(entryNameProblem('.')).toBe('must not be . or ..');
    expect(entryNameProblem('a\0')).toBe('must not contain NUL bytes');
    expect(entryNameProblem('x'.repeat(256))).toBe('must be at most 255 bytes');
    expect(entryName.safeParse('../etc/passwd').success).toBe(false);
  });

  it('validates volume names like the engine', () => {
    for (const ok of ['data', 'my_vol.1', 'A-b', '0x']) expect(volumeName.safeParse(ok).success).toBe(true);
    for (const bad of ['a', '-x', '.x', 'a/b', 'a b', 'é', '', 'x'.repeat(256)]) {
      expect(volumeName.safeParse(bad).success).toBe(false);
    }
  });
});
