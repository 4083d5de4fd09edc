import { describe, expect, it } from 'vitest';
import { checkImageTag } from './image-tag.js';

describe('checkImageTag (the reference parser, for build tags)', () => {
  it.each([
    ['app', 'app', 'latest'],
    ['app:1.0', 'app', '1.0'],
    ['my-org/my_app:v1_2-3', 'my-org/my_app', 'v1_2-3'],
    ['a__b/c.d', 'a__b/c.d', 'latest'],
    ['a---b', 'a---b', 'latest'],
    ['127.0.0.1:5000/app:dev', '127.0.0.1:5000/app', 'dev'],
    ['localhost:5000/team/app', 'localhost:5000/team/app', 'latest'],
    ['Registry.Example.com/app:TAG', 'Registry.Example.com/app', 'TAG'],
    ['[::1]:5000/app:1', '[::1]:5000/app', '1'],
    ['  app:padded  ', 'app', 'padded'],
    [`app:${'t'.repeat(128)}`, 'app', 't'.repeat(128)],
  ])('accepts %j', (input, repository, tag) => {
    expect(checkImageTag(input)).toEqual({ ok: true, value: { repository, tag } });
  });

  it.each([
    ['', 'A tag cannot be empty.'],
    ['   ', 'A tag cannot be empty.'],
    ['App', 'invalid reference format: repository name (App) must be lowercase'],
    ['team/MyApp:1', 'invalid reference format: repository name (team/MyApp:1) must be lowercase'],
    ['app:', 'invalid reference format: app:'],
    [':tag', 'invalid reference format: :tag'],
    ['app:-tag', 'invalid reference format: app:-tag'],
    [`app:${'t'.repeat(129)}`, `invalid reference format: app:${'t'.repeat(129)}`],
    ['-app', 'invalid reference format: -app'],
    ['app_', 'invalid reference format: app_'],
    ['a___b', 'invalid reference format: a___b'],
    ['app//x', 'invalid reference format: app//x'],
    ['app/', 'invalid reference format: app/'],
    ['app name', 'invalid reference format: app name'],
    ['../etc', 'invalid reference format: ../etc'],
    [
      'app@sha256:' + 'a'.repeat(64),
      `app@sha256:${'a'.repeat(64)}: a build tags by name; a digest is not allowed.`,
    ],
    [
      'a'.repeat(64),
      `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`,
    ],
    [`${'a/'.repeat(128)}a`, 'repository name must not be more than 255 characters'],
  ])('refuses %j', (input, message) => {
    expect(checkImageTag(input)).toEqual({ ok: false, message });
  });
});
