import { describe, expect, it } from 'vitest';
import type { ContextInfo } from '../../../shared/contract/build.js';
import {
  contextSizeText,
  EMPTY_FORM,
  ignoredText,
  isAbsolutePath,
  splitTags,
  validateBuildForm,
  type BuildForm,
} from './build-form.js';

const form = (patch: Partial<BuildForm>): BuildForm => ({ ...EMPTY_FORM, contextPath: '/src/app', ...patch });

describe('validateBuildForm', () => {
  it('turns a filled form into the request the backend expects', () => {
    const { errors, request } = validateBuildForm(
      form({
        contextPath: '  /src/app ',
        dockerfile: '',
        tags: 'app:1, app:latest\n127.0.0.1:5000/app',
        buildArgs: [
          { id: 1, key: 'VERSION', value: '1.2' },
          { id: 2, key: '', value: '' },
          { id: 3, key: 'EMPTY', value: '' },
        ],
        labels: [{ id: 4, key: 'org.opencontainers.image.title', value: 'App = app' }],
        target: 'runtime',
        noCache: true,
        pull: true,
      }),
    );
    expect(errors).toEqual({});
    expect(request).toEqual({
      contextPath: '/src/app',
      dockerfile: 'Dockerfile',
      tags: ['app:1', 'app:latest', '127.0.0.1:5000/app'],
      buildArgs: [
        { key: 'VERSION', value: '1.2' },
        { key: 'EMPTY', value: '' },
      ],
      labels: [{ key: 'org.opencontainers.image.title', value: 'App = app' }],
      target: 'runtime',
      noCache: true,
      pull: true,
    });
  });

  it.each<[Partial<BuildForm>, string, string]>([
    [{ contextPath: '' }, 'contextPath', 'Enter the folder to build from.'],
    [{ contextPath: 'app' }, 'contextPath', 'Enter an absolute path, e.g. /home/me/app.'],
    [{ contextPath: './app' }, 'contextPath', 'Enter an absolute path, e.g. /home/me/app.'],
    [{ tags: 'ok:1 Not:OK' }, 'tags', 'invalid reference format: repository name (Not:OK) must be lowercase'],
    [{ tags: 'app:' }, 'tags', 'invalid reference format: app:'],
    [{ tags: Array.from({ length: 33 }, (_, i) => `t${i}`).join(' ') }, 'tags', 'At most 32 tags.'],
    [
      { buildArgs: [{ id: 1, key: 'A=B', value: '' }] },
      'buildArgs',
      'Build arg name “A=B” must be 1–256 characters without “=”, spaces or NUL.',
    ],
    [
      { buildArgs: [{ id: 1, key: '', value: 'orphan' }] },
      'buildArgs',
      'Build arg name “” must be 1–256 characters without “=”, spaces or NUL.',
    ],
    [
      {
        labels: [
          { id: 1, key: 'a', value: '1' },
          { id: 2, key: 'a', value: '2' },
        ],
      },
      'labels',
      'Label “a” is given twice.',
    ],
    [{ labels: [{ id: 1, key: 'a', value: 'x\0y' }] }, 'labels', 'Label “a” must not contain NUL bytes.'],
    [
      { target: '1stage' },
      'target',
      'A stage name starts with a letter and has letters, digits, “_”, “.” or “-”.',
    ],
  ])('refuses %j', (patch, field, message) => {
    const { errors, request } = validateBuildForm(form(patch));
    expect(request).toBeNull();
    expect(errors).toEqual({ [field]: message });
  });
});

describe('small helpers', () => {
  it('splits tags on spaces, commas and new lines', () => {
    expect(splitTags(' a:1,b:2\n\nc  ,, ')).toEqual(['a:1', 'b:2', 'c']);
    expect(splitTags('')).toEqual([]);
  });

  it('knows absolute paths on both kinds of host', () => {
    expect(isAbsolutePath('/x')).toBe(true);
    expect(isAbsolutePath('C:\\x')).toBe(true);
    expect(isAbsolutePath('\\\\server\\share')).toBe(true);
    expect(isAbsolutePath('x/y')).toBe(false);
    expect(isAbsolutePath('~/x')).toBe(false);
  });

  const info = (patch: Partial<ContextInfo>): ContextInfo => ({
    contextPath: '/src/app',
    dockerfile: 'Dockerfile',
    dockerfileInContext: true,
    hasDockerignore: true,
    files: 12,
    directories: 1,
    symlinks: 0,
    bytes: 4300,
    ignored: [],
    ignoredCount: 0,
    ...patch,
  });

  it('says how much will be sent', () => {
    expect(contextSizeText(info({}))).toBe('12 files, 1 folder · 4.2 KiB to send');
    expect(contextSizeText(info({ files: 1, directories: 0, symlinks: 2, bytes: 10 }))).toBe(
      '1 file, 0 folders, 2 links · 10 B to send',
    );
  });

  it('says what .dockerignore did', () => {
    expect(ignoredText(info({ hasDockerignore: false }))).toBe(
      'No .dockerignore: everything in the folder is sent.',
    );
    expect(ignoredText(info({}))).toBe('.dockerignore leaves nothing out.');
    expect(ignoredText(info({ ignoredCount: 1 }))).toBe('.dockerignore leaves out 1 entry.');
    expect(ignoredText(info({ ignoredCount: 300 }))).toBe('.dockerignore leaves out 300 entries.');
  });
});
