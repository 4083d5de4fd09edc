import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contextId } from '../engine/docker-context-store.js';
import { nodeResolveEnv, resolveEndpoint } from '../engine/endpoint.js';
import { eventually } from '../testing/docker-cli.js';
import { makeTestPki, type TestPki } from '../testing/tls-certs.js';
import { watchCliConfig } from './cli-config-watcher.js';
import { CliContextStore, type ContextStoreSnapshot } from './cli-context-store.js';

const exec = promisify(execFile);

/** The real docker CLI (CI: Debian's 20.10; here also 28.x) on a private DOCKER_CONFIG (and no DOCKER_HOST, which would shadow contexts). */
const cli = async (configDir: string, ...args: string[]): Promise<string> => {
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_CONFIG: configDir };
  delete env.DOCKER_HOST;
  delete env.DOCKER_CONTEXT;
  const { stdout } = await exec('docker', args, { env });
  return stdout.trim();
};

interface LsRow {
  readonly Name: string;
  readonly Description: string;
  readonly DockerEndpoint: string;
  readonly Current: boolean;
}

const cliList = async (configDir: string): Promise<LsRow[]> =>
  (await cli(configDir, 'context', 'ls', '--format', '{{json .}}'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LsRow);

/** The CLI's current context (20.10 has no `docker context show`). */
const cliCurrent = async (configDir: string): Promise<string | undefined> =>
  (await cliList(configDir)).find((row) => row.Current)?.Name;

interface InspectRow {
  readonly Metadata: { readonly Description?: string };
  readonly Endpoints: { readonly docker: { readonly Host: string; readonly SkipTLSVerify: boolean } };
  readonly TLSMaterial: { readonly docker?: readonly string[] };
}

const cliInspect = async (configDir: string, name: string): Promise<InspectRow> =>
  (JSON.parse(await cli(configDir, 'context', 'inspect', name)) as InspectRow[])[0] as InspectRow;

describe('the docker CLI context store, against the real docker CLI', () => {
  let root: string;
  let pki: TestPki;
  let configDir: string;
  let store: CliContextStore;
  let n = 0;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'berth-ctx-'));
    pki = await makeTestPki(join(root, 'pki'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    configDir = join(root, `config-${++n}`);
    store = new CliContextStore(configDir);
  });

  it('writes contexts the CLI lists and inspects with the same endpoint, description and TLS files', async () => {
    store.create({ name: 'sock', docker: { host: 'unix:///run/x.sock' } });
    store.create({ name: 'box', description: 'Build box', docker: { host: 'ssh://me@box.example:2222' } });
    store.create({
      name: 'secure',
      description: 'TLS',
      docker: { host: 'tcp://127.0.0.1:23760', tls: { ca: pki.ca, cert: pki.cert, key: pki.key } },
    });
    store.create({
      name: 'lax',
      docker: { host: 'tcp://10.0.0.1:2376', skipTlsVerify: true, tls: { ca: pki.ca } },
    });

    const rows = await cliList(configDir);
    const byName = new Map(rows.map((r) => [r.Name, r]));
    expect(byName.get('sock')).toMatchObject({ DockerEndpoint: 'unix:///run/x.sock' });
    expect(byName.get('box')).toMatchObject({
      DockerEndpoint: 'ssh://me@box.example:2222',
      Description: 'Build box',
    });
    expect(byName.get('secure')).toMatchObject({
      DockerEndpoint: 'tcp://127.0.0.1:23760',
      Description: 'TLS',
    });
    expect(byName.get('default')?.Current).toBe(true);

    const secure = await cliInspect(configDir, 'secure');
    expect(secure.Endpoints.docker).toEqual({ Host: 'tcp://127.0.0.1:23760', SkipTLSVerify: false });
    expect([...(secure.TLSMaterial.docker ?? [])].sort()).toEqual(['ca.pem', 'cert.pem', 'key.pem']);
    const lax = await cliInspect(configDir, 'lax');
    expect(lax.Endpoints.docker.SkipTLSVerify).toBe(true);
    expect(lax.TLSMaterial.docker).toEqual(['ca.pem']);

    // And Berth's own resolver (what a connection uses) reads back the exact material.
    const env = nodeResolveEnv();
    const endpoint = resolveEndpoint({ ...env, env: { DOCKER_CONFIG: configDir, DOCKER_CONTEXT: 'secure' } });
    expect(endpoint).toMatchObject({
      kind: 'tcp',
      host: '127.0.0.1',
      port: 23760,
      tls: { ca: pki.ca, cert: pki.cert, key: pki.key, verify: true },
    });
  });

  it('writes the same bytes and modes as `docker context create`', async () => {
    const pemDir = pki.dir;
    await cli(
      configDir,
      'context',
      'create',
      'by-cli',
      '--description',
      'same',
      '--docker',
      `host=tcp://127.0.0.1:23760,ca=${join(pemDir, 'ca.pem')},cert=${join(pemDir, 'cert.pem')},key=${join(pemDir, 'key.pem')}`,
    );
    store.create({
      name: 'by-berth',
      description: 'same',
      docker: { host: 'tcp://127.0.0.1:23760', tls: { ca: pki.ca, cert: pki.cert, key: pki.key } },
    });
    const meta = (name: string): string => join(configDir, 'contexts', 'meta', contextId(name), 'meta.json');
    const tls = (name: string, file: string): string =>
      join(configDir, 'contexts', 'tls', contextId(name), 'docker', file);
    expect(readFileSync(meta('by-berth'), 'utf8')).toBe(
      readFileSync(meta('by-cli'), 'utf8').replace('"Name":"by-cli"', '"Name":"by-berth"'),
    );
    const mode = (path: string): number => statSync(path).mode & 0o777;
    expect(mode(meta('by-berth'))).toBe(mode(meta('by-cli')));
    for (const file of ['ca.pem', 'cert.pem', 'key.pem']) {
      expect(readFileSync(tls('by-berth', file), 'utf8')).toBe(readFileSync(tls('by-cli', file), 'utf8'));
      expect(mode(tls('by-berth', file))).toBe(mode(tls('by-cli', file)));
    }
  });

  it('reads contexts the CLI created, with their TLS material and errors', async () => {
    await cli(
      configDir,
      'context',
      'create',
      'remote',
      '--description',
      'Pi',
      '--docker',
      'host=ssh://pi@raspberry',
    );
    await cli(
      configDir,
      'context',
      'create',
      'tls-one',
      '--docker',
      `host=tcp://127.0.0.1:23760,ca=${pki.files.ca},skip-tls-verify=true`,
    );
    const snapshot = store.list();
    expect(snapshot.current).toBe('');
    expect(snapshot.contexts).toEqual([
      {
        name: 'remote',
        description: 'Pi',
        host: 'ssh://pi@raspberry',
        skipTlsVerify: false,
        tls: { on: false, ca: false, cert: false, key: false },
      },
      {
        name: 'tls-one',
        description: '',
        host: 'tcp://127.0.0.1:23760',
        skipTlsVerify: true,
        tls: { on: true, ca: true, cert: false, key: false },
      },
    ]);
  });

  it('updates and removes as `docker context update/rm` do, refusing the current context unless forced', async () => {
    store.create({
      name: 'moving',
      description: 'v1',
      docker: { host: 'tcp://127.0.0.1:23760', tls: { ca: pki.ca } },
    });
    store.update('moving', { description: 'v2' });
    expect(await cliInspect(configDir, 'moving')).toMatchObject({
      Metadata: { Description: 'v2' },
      TLSMaterial: { docker: ['ca.pem'] },
    });
    // A new docker endpoint replaces the old one with its TLS files, as the CLI does.
    store.update('moving', { docker: { host: 'unix:///run/other.sock' } });
    const moved = await cliInspect(configDir, 'moving');
    expect(moved.Endpoints.docker.Host).toBe('unix:///run/other.sock');
    expect(moved.TLSMaterial.docker).toBeUndefined();

    store.use('moving');
    expect(() => store.remove('moving')).toThrow(/in use/);
    store.remove('moving', { force: true });
    expect((await cliList(configDir)).map((r) => r.Name)).toEqual(['default']);
    expect(await cliCurrent(configDir)).toBe('default');
  });

  it('"use" sets currentContext as `docker context use` does and keeps every other key', async () => {
    store.create({ name: 'ctx-a', docker: { host: 'unix:///run/a.sock' } });
    writeFileSync(
      join(configDir, 'config.json'),
      JSON.stringify({
        auths: { 'r.example': { auth: 'dXNlcjpwYXNz' } },
        psFormat: 'table {{.ID}}',
        'x-unknown': [1, 2],
      }),
    );
    store.use('ctx-a');
    expect(await cliCurrent(configDir)).toBe('ctx-a');
    expect(JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'))).toEqual({
      auths: { 'r.example': { auth: 'dXNlcjpwYXNz' } },
      psFormat: 'table {{.ID}}',
      'x-unknown': [1, 2],
      currentContext: 'ctx-a',
    });
    store.use('default');
    expect(await cliCurrent(configDir)).toBe('default');
    expect(readFileSync(join(configDir, 'config.json'), 'utf8')).not.toContain('currentContext');
    // And what the CLI wrote, Berth reads.
    await cli(configDir, 'context', 'use', 'ctx-a');
    expect(store.list().current).toBe('ctx-a');
  });

  it('refuses what the CLI refuses, before writing anything', async () => {
    store.create({ name: 'taken', docker: { host: 'unix:///run/a.sock' } });
    expect(() => store.create({ name: 'taken', docker: { host: 'unix:///run/b.sock' } })).toThrow(
      /already exists/,
    );
    expect(() => store.create({ name: 'default', docker: { host: 'unix:///x' } })).toThrow(/built-in/);
    expect(() => store.create({ name: 'x', docker: { host: 'unix:///x' } })).toThrow(/invalid/);
    expect(() => store.create({ name: '../up', docker: { host: 'unix:///x' } })).toThrow(/invalid/);
    expect(() => store.create({ name: 'badhost', docker: { host: 'ftp://x' } })).toThrow(
      /unsupported scheme/,
    );
    expect(() =>
      store.create({ name: 'badpem', docker: { host: 'tcp://h:1', tls: { ca: 'not a certificate' } } }),
    ).toThrow(/CA certificate is not valid PEM/);
    expect(() =>
      store.create({ name: 'halfpair', docker: { host: 'tcp://h:1', tls: { cert: pki.cert } } }),
    ).toThrow(/needs its key/);
    expect(() => store.use('missing')).toThrow(/does not exist/);
    expect((await cliList(configDir)).map((r) => r.Name)).toEqual(['default', 'taken']);
  });

  it('sees `docker context use/create/rm` made by the CLI while it runs, without polling', async () => {
    await cli(configDir, 'context', 'create', 'first', '--docker', 'host=unix:///run/first.sock');
    const seen: ContextStoreSnapshot[] = [];
    const watcher = watchCliConfig(store, (s) => seen.push(s), { debounceMs: 50 });
    try {
      await cli(configDir, 'context', 'use', 'first');
      await eventually(() => expect(seen.at(-1)?.current).toBe('first'), 5_000);
      await cli(configDir, 'context', 'create', 'second', '--docker', 'host=ssh://second');
      await eventually(
        () => expect(seen.at(-1)?.contexts.map((c) => c.name)).toEqual(['first', 'second']),
        5_000,
      );
      await cli(configDir, 'context', 'update', 'second', '--description', 'now described');
      await eventually(() => expect(seen.at(-1)?.contexts[1]?.description).toBe('now described'), 5_000);
      await cli(configDir, 'context', 'rm', '-f', 'first');
      await eventually(
        () => expect(seen.at(-1)).toMatchObject({ current: '', contexts: [{ name: 'second' }] }),
        5_000,
      );
      // Nothing more arrives when nothing changes: a quiet store costs nothing.
      const count = seen.length;
      await new Promise((r) => setTimeout(r, 300));
      expect(seen.length).toBe(count);
    } finally {
      watcher.dispose();
    }
  });

  it('sees a config folder that did not exist when it started', async () => {
    const seen: ContextStoreSnapshot[] = [];
    const watcher = watchCliConfig(store, (s) => seen.push(s), { debounceMs: 50 });
    try {
      await cli(configDir, 'context', 'create', 'late', '--docker', 'host=unix:///run/late.sock');
      await cli(configDir, 'context', 'use', 'late');
      await eventually(
        () => expect(seen.at(-1)).toMatchObject({ current: 'late', contexts: [{ name: 'late' }] }),
        5_000,
      );
    } finally {
      watcher.dispose();
    }
  });
});
