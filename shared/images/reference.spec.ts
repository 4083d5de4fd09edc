import { describe, expect, it } from 'vitest';
import { authKeyFor, parseReference, parseRegistryHost, registryHostOf } from './reference.js';

const ok = (input: string) => {
  const parsed = parseReference(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.reference;
};

describe('parseReference, as the docker CLI normalises', () => {
  it.each([
    [
      'busybox',
      'docker.io',
      'library/busybox',
      'latest',
      'docker.io/library/busybox:latest',
      'busybox:latest',
    ],
    ['team/app:1.2', 'docker.io', 'team/app', '1.2', 'docker.io/team/app:1.2', 'team/app:1.2'],
    [
      'docker.io/busybox',
      'docker.io',
      'library/busybox',
      'latest',
      'docker.io/library/busybox:latest',
      'busybox:latest',
    ],
    ['index.docker.io/library/x:y', 'docker.io', 'library/x', 'y', 'docker.io/library/x:y', 'x:y'],
    ['127.0.0.1:5000/app:1', '127.0.0.1:5000', 'app', '1', '127.0.0.1:5000/app:1', '127.0.0.1:5000/app:1'],
    ['localhost/a/b', 'localhost', 'a/b', 'latest', 'localhost/a/b:latest', 'localhost/a/b:latest'],
    [
      'registry.example.com/a/b/c:v_1.0-rc',
      'registry.example.com',
      'a/b/c',
      'v_1.0-rc',
      'registry.example.com/a/b/c:v_1.0-rc',
      'registry.example.com/a/b/c:v_1.0-rc',
    ],
    [
      'my__name.x-y:1',
      'docker.io',
      'library/my__name.x-y',
      '1',
      'docker.io/library/my__name.x-y:1',
      'my__name.x-y:1',
    ],
  ])('%s', (input, registry, path, tag, canonical, familiar) => {
    expect(ok(input)).toMatchObject({ registry, path, tag, digest: null, canonical, familiar });
  });

  it('keeps a digest and adds no tag to it', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(ok(`127.0.0.1:5000/app@${digest}`)).toMatchObject({
      tag: null,
      digest,
      canonical: `127.0.0.1:5000/app@${digest}`,
    });
    // As ParseDockerRef: the digest pins the image; the tag beside it is dropped.
    expect(ok(`app:1@${digest}`)).toMatchObject({
      tag: '1',
      digest,
      familiar: `app@${digest}`,
      canonical: `docker.io/library/app@${digest}`,
    });
  });

  it('a first part with a dot, a colon, localhost or upper case is a registry', () => {
    expect(ok('Example/app').registry).toBe('Example');
    expect(ok('a.b/app').registry).toBe('a.b');
    expect(ok('host:1/app').registry).toBe('host:1');
  });

  it('adds no tag when asked not to', () => {
    const parsed = parseReference('app', { defaultTag: false });
    expect(parsed.ok && parsed.reference.tag).toBeNull();
  });

  it.each([
    ['', 'Enter an image reference'],
    ['   ', 'Enter an image reference'],
    ['Upper', 'must be lowercase'],
    ['a b', 'no spaces'],
    ['app:', 'tag ""'],
    ['app:-x', 'tag "-x"'],
    [`app:${'x'.repeat(129)}`, 'at most 128'],
    ['app@sha256:xyz', 'not a digest'],
    [`app@sha256:${'A'.repeat(64)}`, '64 lowercase hex'],
    ['../../etc/passwd', 'is not a registry host'],
    ['app/../x', 'is not a repository name part'],
    ['app//x', 'is not a repository name part'],
    ['-app', 'is not a repository name part'],
    ['app_', 'is not a repository name part'],
    ['127.0.0.1:5000/', 'missing'],
    ['bad_host:5000/app', 'is not a registry host'],
    ['a'.repeat(64).replace(/a/g, 'f'), 'image id'],
    ['a'.repeat(256), 'longer than 255'],
    ['x'.repeat(600), 'too long'],
  ])('refuses %j', (input, reason) => {
    const parsed = parseReference(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(reason);
  });
});

describe('registry keys', () => {
  it('Docker Hub is stored under the CLI’s legacy URL; others under their host', () => {
    expect(authKeyFor('docker.io')).toBe('https://index.docker.io/v1/');
    expect(authKeyFor('127.0.0.1:5000')).toBe('127.0.0.1:5000');
  });

  it('turns config keys back into hosts as ConvertToHostname does', () => {
    expect(registryHostOf('https://index.docker.io/v1/')).toBe('docker.io');
    expect(registryHostOf('http://127.0.0.1:5000/v2/')).toBe('127.0.0.1:5000');
    expect(registryHostOf('registry.example.com')).toBe('registry.example.com');
  });

  it('parses a registry a person types for login', () => {
    expect(parseRegistryHost('')).toEqual({ ok: true, host: 'docker.io' });
    expect(parseRegistryHost('https://index.docker.io/v1/')).toEqual({ ok: true, host: 'docker.io' });
    expect(parseRegistryHost(' 127.0.0.1:5000 ')).toEqual({ ok: true, host: '127.0.0.1:5000' });
    expect(parseRegistryHost('not a host').ok).toBe(false);
    expect(parseRegistryHost('evil/../x').ok).toBe(true);
    expect(parseRegistryHost('ev il').ok).toBe(false);
  });
});
