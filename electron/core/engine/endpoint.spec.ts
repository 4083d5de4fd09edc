import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import type { EndpointInfo } from '../../../shared/contract/engine.js';
import {
  dockerodeOptions,
  EndpointError,
  nodeResolveEnv,
  resolveEndpoint,
  type Endpoint,
  type ResolveEnv,
} from './endpoint.js';

const HOME = '/home/ada';
const CONFIG = `${HOME}/.docker`;
const sha = (name: string): string => createHash('sha256').update(name).digest('hex');

interface Fake {
  readonly env?: Record<string, string>;
  readonly platform?: NodeJS.Platform;
  readonly files?: Record<string, string>;
  /** Paths that exist but cannot be read as files (sockets, pipes, directories). */
  readonly present?: readonly string[];
}

function fake({ env = {}, platform = 'linux', files = {}, present = [] }: Fake): ResolveEnv {
  return {
    env,
    platform,
    homedir: platform === 'win32' ? 'C:\\Users\\ada' : HOME,
    readFile: (path) => files[path],
    exists: (path) =>
      path in files || present.includes(path) || Object.keys(files).some((f) => f.startsWith(`${path}/`)),
  };
}

function context(name: string, docker: unknown, configDir = CONFIG): Record<string, string> {
  return {
    [`${configDir}/contexts/meta/${sha(name)}/meta.json`]: JSON.stringify({
      Name: name,
      Metadata: {},
      Endpoints: { docker },
    }),
  };
}

function contextTls(name: string, files: Record<string, string>): Record<string, string> {
  const dir = `${CONFIG}/contexts/tls/${sha(name)}/docker`;
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [`${dir}/${file}`, text]));
}

function failure(input: ResolveEnv): EndpointError {
  try {
    resolveEndpoint(input);
  } catch (err) {
    if (err instanceof EndpointError) return err;
    throw err;
  }
  throw new Error('expected resolveEndpoint to throw');
}

describe('DOCKER_HOST', () => {
  const hostInfo = (url: string): EndpointInfo => ({ url, source: 'DOCKER_HOST' });
  it.each<[string, Endpoint]>([
    [
      'unix:///var/run/docker.sock',
      { kind: 'unix', path: '/var/run/docker.sock', info: hostInfo('unix:///var/run/docker.sock') },
    ],
    [
      'unix://',
      { kind: 'unix', path: '/var/run/docker.sock', info: hostInfo('unix:///var/run/docker.sock') },
    ],
    [
      '/run/user/1000/docker.sock',
      {
        kind: 'unix',
        path: '/run/user/1000/docker.sock',
        info: hostInfo('unix:///run/user/1000/docker.sock'),
      },
    ],
    ['  unix:///tmp/d.sock  ', { kind: 'unix', path: '/tmp/d.sock', info: hostInfo('unix:///tmp/d.sock') }],
    [
      'npipe:////./pipe/docker_engine',
      { kind: 'npipe', path: '//./pipe/docker_engine', info: hostInfo('npipe:////./pipe/docker_engine') },
    ],
    [
      'tcp://10.0.0.5:2375',
      { kind: 'tcp', host: '10.0.0.5', port: 2375, tls: null, info: hostInfo('tcp://10.0.0.5:2375') },
    ],
    [
      'tcp://docker.example',
      {
        kind: 'tcp',
        host: 'docker.example',
        port: 2375,
        tls: null,
        info: hostInfo('tcp://docker.example:2375'),
      },
    ],
    [
      'tcp://',
      { kind: 'tcp', host: 'localhost', port: 2375, tls: null, info: hostInfo('tcp://localhost:2375') },
    ],
    [
      'tcp://:4243',
      { kind: 'tcp', host: 'localhost', port: 4243, tls: null, info: hostInfo('tcp://localhost:4243') },
    ],
    [
      'tcp://[::1]:2375',
      { kind: 'tcp', host: '::1', port: 2375, tls: null, info: hostInfo('tcp://[::1]:2375') },
    ],
    ['tcp://[::1]:', { kind: 'tcp', host: '::1', port: 2375, tls: null, info: hostInfo('tcp://[::1]:2375') }],
    [
      'localhost:2375',
      { kind: 'tcp', host: 'localhost', port: 2375, tls: null, info: hostInfo('tcp://localhost:2375') },
    ],
    ['tcp://h:2375/', { kind: 'tcp', host: 'h', port: 2375, tls: null, info: hostInfo('tcp://h:2375') }],
    [
      'ssh://deploy@build.example:2222',
      {
        kind: 'ssh',
        host: 'build.example',
        port: 2222,
        username: 'deploy',
        info: hostInfo('ssh://deploy@build.example:2222'),
      },
    ],
    [
      'ssh://build.example',
      { kind: 'ssh', host: 'build.example', port: 22, info: hostInfo('ssh://build.example:22') },
    ],
    [
      'ssh://u@[fd00::1]',
      { kind: 'ssh', host: 'fd00::1', port: 22, username: 'u', info: hostInfo('ssh://u@[fd00::1]:22') },
    ],
  ])('%s', (value, expected) => {
    expect(resolveEndpoint(fake({ env: { DOCKER_HOST: value } }))).toStrictEqual(expected);
  });

  it.each<[string, string]>([
    ['http://h:2375', 'unsupported scheme "http://" (use unix://, npipe://, tcp:// or ssh://)'],
    ['https://h:2376', 'unsupported scheme "https://" (use unix://, npipe://, tcp:// or ssh://)'],
    ['fd://', 'fd:// is a daemon-side listener (socket activation); a client cannot connect to it'],
    ['tcp://h:abc', 'invalid port ":abc" after host'],
    ['tcp://h:99999', 'port 99999 is out of range'],
    ['tcp://[::1]', '"[::1]" is not host[:port]'],
    ['tcp://h:2375/v1', 'a path ("/v1") is not supported'],
    ['tcp://a b:2375', 'invalid character in host name "a b:2375"'],
    ['unix://tcp://x', 'invalid proto, expected unix'],
    ['ssh://u:secret@h', 'plain-text password is not supported'],
    ['ssh://', 'no host specified'],
    ['ssh://h?x=1', 'extra query after the host: "x=1"'],
    ['://h', 'unsupported scheme "://" (use unix://, npipe://, tcp:// or ssh://)'],
  ])('rejects %s', (value, why) => {
    const err = failure(fake({ env: { DOCKER_HOST: value } }));
    expect(err.message).toBe(`DOCKER_HOST "${value}" is invalid: ${why}`);
    expect(err.source).toBe('DOCKER_HOST');
    expect(err.context).toBeUndefined();
  });

  it('is ignored when empty', () => {
    const endpoint = resolveEndpoint(fake({ env: { DOCKER_HOST: '' } }));
    expect(endpoint.info).toStrictEqual({ url: 'unix:///var/run/docker.sock', source: 'default' });
  });

  it('beats DOCKER_CONTEXT and currentContext, without reading config.json', () => {
    const input = fake({
      env: { DOCKER_HOST: 'tcp://h:1', DOCKER_CONTEXT: 'remote' },
      files: { [`${CONFIG}/config.json`]: '{not json', ...context('remote', { Host: 'tcp://r:2375' }) },
    });
    expect(resolveEndpoint(input).info).toStrictEqual({ url: 'tcp://h:1', source: 'DOCKER_HOST' });
  });
});

describe('TLS from the environment', () => {
  const certs = { '/certs/ca.pem': 'CA', '/certs/cert.pem': 'CERT', '/certs/key.pem': 'KEY' };

  it('verifies with ca/cert/key from DOCKER_CERT_PATH', () => {
    const env = { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' };
    expect(resolveEndpoint(fake({ env, files: certs }))).toStrictEqual({
      kind: 'tcp',
      host: 'h',
      port: 2376,
      tls: { ca: 'CA', cert: 'CERT', key: 'KEY', verify: true },
      info: { url: 'tcp://h:2376', source: 'DOCKER_HOST' },
    });
  });

  it('reads certs from $DOCKER_CONFIG when DOCKER_CERT_PATH is unset', () => {
    const env = { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CONFIG: '/cfg' };
    const endpoint = resolveEndpoint(fake({ env, files: { '/cfg/ca.pem': 'CA2' } }));
    expect(endpoint.kind === 'tcp' && endpoint.tls).toStrictEqual({ ca: 'CA2', verify: true });
  });

  it('DOCKER_TLS alone encrypts without verifying', () => {
    const env = { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS: '1', DOCKER_CERT_PATH: '/certs' };
    const endpoint = resolveEndpoint(fake({ env, files: certs }));
    expect(endpoint.kind === 'tcp' && endpoint.tls).toStrictEqual({
      ca: 'CA',
      cert: 'CERT',
      key: 'KEY',
      verify: false,
    });
  });

  it('drops a client certificate without its key, like the CLI', () => {
    const env = { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' };
    const files = { '/certs/ca.pem': 'CA', '/certs/cert.pem': 'CERT' };
    const endpoint = resolveEndpoint(fake({ env, files }));
    expect(endpoint.kind === 'tcp' && endpoint.tls).toStrictEqual({ ca: 'CA', verify: true });
  });

  it('names the missing CA file', () => {
    const env = { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/nowhere' };
    const err = failure(fake({ env }));
    expect(err.message).toBe(
      'DOCKER_TLS_VERIFY is set but the CA certificate /nowhere/ca.pem does not exist (set DOCKER_CERT_PATH)',
    );
    expect(err.source).toBe('DOCKER_HOST');
  });

  it('keeps port 2375 for tcp://host even with TLS on (ParseTCPAddr ignores TLS)', () => {
    const env = { DOCKER_HOST: 'tcp://h', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' };
    const endpoint = resolveEndpoint(fake({ env, files: certs }));
    expect(endpoint.info.url).toBe('tcp://h:2375');
  });

  it('turns the default endpoint into tcp://localhost:2376 when TLS is on and DOCKER_HOST is unset', () => {
    const env = { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' };
    const endpoint = resolveEndpoint(fake({ env, files: certs, present: ['/var/run/docker.sock'] }));
    expect(endpoint.info).toStrictEqual({ url: 'tcp://localhost:2376', source: 'default' });
    expect(endpoint.kind === 'tcp' && endpoint.tls?.verify).toBe(true);
  });

  it('ignores TLS variables for a unix socket and does not need the cert files', () => {
    const env = { DOCKER_HOST: 'unix:///var/run/docker.sock', DOCKER_TLS_VERIFY: '1' };
    expect(resolveEndpoint(fake({ env })).kind).toBe('unix');
  });
});

describe('docker contexts', () => {
  it('DOCKER_CONTEXT selects a stored context with its TLS files', () => {
    const files = {
      ...context('remote', { Host: 'tcp://10.0.0.2:2376', SkipTLSVerify: false }),
      ...contextTls('remote', { 'ca.pem': 'RCA', 'cert.pem': 'RCERT', 'key.pem': 'RKEY' }),
    };
    expect(resolveEndpoint(fake({ env: { DOCKER_CONTEXT: 'remote' }, files }))).toStrictEqual({
      kind: 'tcp',
      host: '10.0.0.2',
      port: 2376,
      tls: { ca: 'RCA', cert: 'RCERT', key: 'RKEY', verify: true },
      info: { url: 'tcp://10.0.0.2:2376', source: 'DOCKER_CONTEXT', context: 'remote' },
    });
  });

  it('a context without TLS files and without SkipTLSVerify is plain tcp', () => {
    const files = context('plain', { Host: 'tcp://10.0.0.3:2375', SkipTLSVerify: false });
    const endpoint = resolveEndpoint(fake({ env: { DOCKER_CONTEXT: 'plain' }, files }));
    expect(endpoint.kind === 'tcp' && endpoint.tls).toBeNull();
  });

  it('SkipTLSVerify turns TLS on without verification', () => {
    const files = context('insecure', { Host: 'tcp://10.0.0.4:2376', SkipTLSVerify: true });
    const endpoint = resolveEndpoint(fake({ env: { DOCKER_CONTEXT: 'insecure' }, files }));
    expect(endpoint.kind === 'tcp' && endpoint.tls).toStrictEqual({ ca: undefined, verify: false });
  });

  it('reads keys case-insensitively, as Go does', () => {
    const files = {
      [`${CONFIG}/contexts/meta/${sha('lower')}/meta.json`]: JSON.stringify({
        endpoints: { docker: { host: 'ssh://me@box' } },
      }),
    };
    const endpoint = resolveEndpoint(fake({ env: { DOCKER_CONTEXT: 'lower' }, files }));
    expect(endpoint).toStrictEqual({
      kind: 'ssh',
      host: 'box',
      port: 22,
      username: 'me',
      info: { url: 'ssh://me@box:22', source: 'DOCKER_CONTEXT', context: 'lower' },
    });
  });

  it('an empty Host means the fixed platform default', () => {
    const files = context('empty', { Host: '' });
    const endpoint = resolveEndpoint(fake({ env: { DOCKER_CONTEXT: 'empty' }, files }));
    expect(endpoint.info).toStrictEqual({
      url: 'unix:///var/run/docker.sock',
      source: 'DOCKER_CONTEXT',
      context: 'empty',
    });
  });

  it('DOCKER_CONTEXT=default is the default endpoint', () => {
    const input = fake({
      env: { DOCKER_CONTEXT: 'default' },
      files: { [`${CONFIG}/config.json`]: JSON.stringify({ currentContext: 'remote' }) },
    });
    expect(resolveEndpoint(input).info).toStrictEqual({
      url: 'unix:///var/run/docker.sock',
      source: 'default',
      context: 'default',
    });
  });

  it('currentContext in config.json', () => {
    const files = {
      [`${CONFIG}/config.json`]: JSON.stringify({ auths: {}, currentContext: 'colima' }),
      ...context('colima', { Host: `unix://${HOME}/.colima/default/docker.sock` }),
    };
    expect(resolveEndpoint(fake({ files }))).toStrictEqual({
      kind: 'unix',
      path: `${HOME}/.colima/default/docker.sock`,
      info: {
        url: `unix://${HOME}/.colima/default/docker.sock`,
        source: 'currentContext',
        context: 'colima',
      },
    });
  });

  it('DOCKER_CONTEXT beats currentContext', () => {
    const files = {
      [`${CONFIG}/config.json`]: JSON.stringify({ currentContext: 'a' }),
      ...context('a', { Host: 'unix:///a.sock' }),
      ...context('b', { Host: 'unix:///b.sock' }),
    };
    expect(resolveEndpoint(fake({ env: { DOCKER_CONTEXT: 'b' }, files })).info.url).toBe('unix:///b.sock');
  });

  it('currentContext "default" and an empty config are the default endpoint', () => {
    for (const text of ['{"currentContext":"default"}', '', '{}', 'null']) {
      const endpoint = resolveEndpoint(fake({ files: { [`${CONFIG}/config.json`]: text } }));
      expect(endpoint.info.source).toBe('default');
    }
  });

  it('a missing context named by DOCKER_CONTEXT is an error, not a fallback', () => {
    const err = failure(fake({ env: { DOCKER_CONTEXT: 'gone' }, present: ['/var/run/docker.sock'] }));
    expect(err.message).toBe(
      `Docker context "gone" (from DOCKER_CONTEXT) does not exist: no ${CONFIG}/contexts/meta/${sha('gone')}/meta.json`,
    );
    expect(err.source).toBe('DOCKER_CONTEXT');
    expect(err.context).toBe('gone');
  });

  it('a missing context named by config.json is an error naming the file', () => {
    const files = { [`/cfg/config.json`]: JSON.stringify({ currentContext: 'gone' }) };
    const err = failure(fake({ env: { DOCKER_CONFIG: '/cfg' }, files }));
    expect(err.message).toBe(
      `Docker context "gone" (currentContext in /cfg/config.json) does not exist: no /cfg/contexts/meta/${sha('gone')}/meta.json`,
    );
    expect(err.source).toBe('currentContext');
    expect(err.context).toBe('gone');
  });

  it('malformed config.json is an error naming the file', () => {
    const err = failure(fake({ files: { [`${CONFIG}/config.json`]: '{"currentContext": ' } }));
    expect(err.message).toMatch(new RegExp(`^${CONFIG}/config\\.json is not valid JSON: `));
    expect(err.source).toBe('currentContext');
  });

  it('a non-string currentContext is malformed', () => {
    const err = failure(fake({ files: { [`${CONFIG}/config.json`]: '{"currentContext": 3}' } }));
    expect(err.message).toBe(`${CONFIG}/config.json is malformed: "currentContext" is not a string`);
  });

  it('malformed meta.json is an error naming the context and the file', () => {
    const file = `${CONFIG}/contexts/meta/${sha('bad')}/meta.json`;
    const err = failure(fake({ env: { DOCKER_CONTEXT: 'bad' }, files: { [file]: '[' } }));
    expect(err.message).toMatch(
      new RegExp(`^Docker context "bad" \\(from DOCKER_CONTEXT\\): ${file} is not valid JSON: `),
    );
    expect(err.context).toBe('bad');
  });

  it('a context without a docker endpoint is an error', () => {
    const file = `${CONFIG}/contexts/meta/${sha('k8s')}/meta.json`;
    const files = { [file]: JSON.stringify({ Name: 'k8s', Endpoints: { kubernetes: {} } }) };
    const err = failure(fake({ env: { DOCKER_CONTEXT: 'k8s' }, files }));
    expect(err.message).toBe(
      `Docker context "k8s" (from DOCKER_CONTEXT): it has no docker endpoint in ${file}`,
    );
  });

  it('a context with an invalid host is an error', () => {
    const files = context('weird', { Host: 'gopher://x' });
    const err = failure(fake({ env: { DOCKER_CONTEXT: 'weird' }, files }));
    expect(err.message).toBe(
      'Docker context "weird" (from DOCKER_CONTEXT): invalid docker host "gopher://x": ' +
        'unsupported scheme "gopher://" (use unix://, npipe://, tcp:// or ssh://)',
    );
  });
});

describe('default endpoint', () => {
  const XDG = '/run/user/1000';
  it.each<[string, Fake, string]>([
    ['linux, nothing exists: the first candidate', {}, '/var/run/docker.sock'],
    [
      'linux, system socket',
      { present: ['/var/run/docker.sock', `${XDG}/docker.sock`] },
      '/var/run/docker.sock',
    ],
    [
      'linux, rootless',
      { env: { XDG_RUNTIME_DIR: XDG }, present: [`${XDG}/docker.sock`] },
      `${XDG}/docker.sock`,
    ],
    [
      'linux, rootless skipped without XDG_RUNTIME_DIR',
      { present: [`${XDG}/docker.sock`] },
      '/var/run/docker.sock',
    ],
    [
      'linux, Docker Desktop',
      {
        env: { XDG_RUNTIME_DIR: XDG },
        present: [`${HOME}/.docker/desktop/docker.sock`, '/run/podman/podman.sock'],
      },
      `${HOME}/.docker/desktop/docker.sock`,
    ],
    [
      'linux, rootless podman',
      { env: { XDG_RUNTIME_DIR: XDG }, present: [`${XDG}/podman/podman.sock`, '/run/podman/podman.sock'] },
      `${XDG}/podman/podman.sock`,
    ],
    ['linux, rootful podman', { present: ['/run/podman/podman.sock'] }, '/run/podman/podman.sock'],
    ['darwin, nothing exists', { platform: 'darwin' }, '/var/run/docker.sock'],
    [
      'darwin, Docker Desktop',
      { platform: 'darwin', present: [`${HOME}/.docker/run/docker.sock`] },
      `${HOME}/.docker/run/docker.sock`,
    ],
    [
      'darwin, Colima',
      { platform: 'darwin', present: [`${HOME}/.colima/default/docker.sock`] },
      `${HOME}/.colima/default/docker.sock`,
    ],
    [
      'darwin, Podman machine',
      { platform: 'darwin', present: [`${HOME}/.local/share/containers/podman/machine/podman.sock`] },
      `${HOME}/.local/share/containers/podman/machine/podman.sock`,
    ],
  ])('%s', (_name, input, path) => {
    expect(resolveEndpoint(fake(input))).toStrictEqual({
      kind: 'unix',
      path,
      info: { url: `unix://${path}`, source: 'default' },
    });
  });

  it.each<[string, readonly string[], string]>([
    ['win32, nothing checkable', [], '//./pipe/docker_engine'],
    ['win32, podman only', ['//./pipe/podman-machine-default'], '//./pipe/podman-machine-default'],
  ])('%s', (_name, present, path) => {
    expect(resolveEndpoint(fake({ platform: 'win32', present }))).toStrictEqual({
      kind: 'npipe',
      path,
      info: { url: `npipe://${path}`, source: 'default' },
    });
  });

  it('win32 looks for contexts under %USERPROFILE%\\.docker', () => {
    const home = 'C:\\Users\\ada';
    const files = {
      [`${home}\\.docker\\config.json`]: '{"currentContext":"wsl"}',
      [`${home}\\.docker\\contexts\\meta\\${sha('wsl')}\\meta.json`]: JSON.stringify({
        Endpoints: { docker: { Host: 'npipe:////./pipe/dockerDesktopLinuxEngine' } },
      }),
    };
    expect(resolveEndpoint(fake({ platform: 'win32', files })).info).toStrictEqual({
      url: 'npipe:////./pipe/dockerDesktopLinuxEngine',
      source: 'currentContext',
      context: 'wsl',
    });
  });
});

describe('on a real DOCKER_CONFIG directory', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function realConfig(): string {
    const dir = mkdtempSync(join(tmpdir(), 'berth-endpoint-'));
    dirs.push(dir);
    return dir;
  }

  function real(env: Record<string, string>): ResolveEnv {
    return { ...nodeResolveEnv(), env, platform: 'linux' };
  }

  it('resolves currentContext through the sha256-named meta and tls directories', () => {
    const dir = realConfig();
    const id = createHash('sha256').update('lab').digest('hex');
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: {}, currentContext: 'lab' }));
    mkdirSync(join(dir, 'contexts', 'meta', id), { recursive: true });
    writeFileSync(
      join(dir, 'contexts', 'meta', id, 'meta.json'),
      JSON.stringify({ Name: 'lab', Metadata: {}, Endpoints: { docker: { Host: 'tcp://lab.local:2376' } } }),
    );
    mkdirSync(join(dir, 'contexts', 'tls', id, 'docker'), { recursive: true });
    writeFileSync(join(dir, 'contexts', 'tls', id, 'docker', 'ca.pem'), 'LAB CA');

    expect(resolveEndpoint(real({ DOCKER_CONFIG: dir }))).toStrictEqual({
      kind: 'tcp',
      host: 'lab.local',
      port: 2376,
      tls: { ca: 'LAB CA', verify: true },
      info: { url: 'tcp://lab.local:2376', source: 'currentContext', context: 'lab' },
    });
  });

  it('reports a missing context and a malformed config.json on disk', () => {
    const dir = realConfig();
    const err = failure(real({ DOCKER_CONFIG: dir, DOCKER_CONTEXT: 'nope' }));
    expect(err.message).toBe(
      `Docker context "nope" (from DOCKER_CONTEXT) does not exist: no ${join(dir, 'contexts', 'meta', sha('nope'), 'meta.json')}`,
    );
    writeFileSync(join(dir, 'config.json'), '{"currentContext":');
    expect(failure(real({ DOCKER_CONFIG: dir })).message).toMatch(/config\.json is not valid JSON/);
  });

  it('nodeResolveEnv reads files and reports missing ones as undefined', () => {
    const dir = realConfig();
    writeFileSync(join(dir, 'ca.pem'), 'PEM');
    const env = nodeResolveEnv();
    expect(env.readFile(join(dir, 'ca.pem'))).toBe('PEM');
    expect(env.readFile(join(dir, 'missing.pem'))).toBeUndefined();
    expect(env.exists(dir)).toBe(true);
    expect(env.exists(join(dir, 'missing.pem'))).toBe(false);
  });
});

describe('dockerodeOptions', () => {
  const info = { url: 'x', source: 'default' } as const;

  it('unix and npipe use socketPath and override docker-modem env defaults', () => {
    expect(dockerodeOptions({ kind: 'unix', path: '/var/run/docker.sock', info })).toStrictEqual({
      socketPath: '/var/run/docker.sock',
      host: undefined,
      port: undefined,
      protocol: 'http',
    });
    expect(dockerodeOptions({ kind: 'npipe', path: '//./pipe/docker_engine', info }).socketPath).toBe(
      '//./pipe/docker_engine',
    );
  });

  it('tcp without TLS is http', () => {
    expect(dockerodeOptions({ kind: 'tcp', host: 'h', port: 2375, tls: null, info })).toStrictEqual({
      host: 'h',
      port: 2375,
      protocol: 'http',
    });
  });

  it('tcp with verified TLS is https with the PEMs', () => {
    const tls = { ca: 'CA', cert: 'CERT', key: 'KEY', verify: true };
    expect(dockerodeOptions({ kind: 'tcp', host: 'h', port: 2376, tls, info })).toStrictEqual({
      host: 'h',
      port: 2376,
      protocol: 'https',
      ca: 'CA',
      cert: 'CERT',
      key: 'KEY',
    });
  });

  it('tcp with unverified TLS passes an agent that does not reject', () => {
    const options = dockerodeOptions({ kind: 'tcp', host: 'h', port: 2376, tls: { verify: false }, info });
    expect(options.protocol).toBe('https');
    const agent = (options as { agent?: unknown }).agent;
    expect(agent).toBeInstanceOf(Agent);
    expect((agent as Agent).options.rejectUnauthorized).toBe(false);
  });

  it('ssh uses the ssh agent when SSH_AUTH_SOCK is set', () => {
    const endpoint: Endpoint = { kind: 'ssh', host: 'box', port: 22, username: 'me', info };
    expect(dockerodeOptions(endpoint, { SSH_AUTH_SOCK: '/tmp/agent.sock' })).toStrictEqual({
      protocol: 'ssh',
      host: 'box',
      port: 22,
      username: 'me',
      sshOptions: { agent: '/tmp/agent.sock' },
    });
    expect(dockerodeOptions(endpoint, {})).toStrictEqual({
      protocol: 'ssh',
      host: 'box',
      port: 22,
      username: 'me',
    });
  });
});
