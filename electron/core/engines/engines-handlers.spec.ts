import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contextCreateRequest,
  contextUseRequest,
  engineRequest,
  type ContextStoreSnapshot,
  type EngineSummary,
} from '../../../shared/contract/channels/engines.js';
import { ContainerSync } from '../containers/container-sync.js';
import { EngineConnection } from '../engine/engine-connection.js';
import { nodeResolveEnv, resolveEndpoint } from '../engine/endpoint.js';
import { eventually } from '../testing/docker-cli.js';
import { createBackend, type Backend } from '../backend.js';
import { EngineSet } from './engine-set.js';

const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('engines and contexts requests', () => {
  it.each([
    ['an unknown key', { name: 'box', docker: { host: 'ssh://box' }, extra: 1 }],
    [
      'a __proto__ key',
      JSON.parse('{"name":"box","docker":{"host":"ssh://box"},"__proto__":{"x":1}}') as unknown,
    ],
    ['the built-in name', { name: 'default', docker: { host: 'unix:///x' } }],
    ['a one-letter name', { name: 'x', docker: { host: 'unix:///x' } }],
    ['a path as name', { name: '../../x', docker: { host: 'unix:///x' } }],
    ['an empty host', { name: 'box', docker: { host: '' } }],
    ['TLS text that is not PEM', { name: 'box', docker: { host: 'tcp://h:1', tls: { ca: 'hello' } } }],
    ['a huge PEM', { name: 'box', docker: { host: 'tcp://h:1', tls: { ca: `${CA}${'A'.repeat(70_000)}` } } }],
  ])('refuses %s when creating a context', (_what, payload) => {
    expect(contextCreateRequest.safeParse(payload).success).toBe(false);
  });

  it('accepts what the dialog sends', () => {
    expect(
      contextCreateRequest.safeParse({
        name: 'build-box.1',
        description: 'Remote builder',
        docker: { host: 'tcp://10.0.0.2:2376', skipTlsVerify: false, tls: { ca: CA } },
      }).success,
    ).toBe(true);
    expect(contextUseRequest.safeParse({ name: 'default' }).success).toBe(true);
  });

  it('accepts only engine ids of the three kinds', () => {
    for (const engine of ['default', 'ctx:build-box.1', 'podman:run-podman-podman-sock']) {
      expect(engineRequest.safeParse({ engine }).success).toBe(true);
    }
    for (const engine of ['', 'ctx:', 'ctx:../x', 'podman:/run/podman.sock', 'docker', 'ctx:a b']) {
      expect(engineRequest.safeParse({ engine }).success, engine).toBe(false);
    }
  });
});

describe('engines and contexts channels through the router, on a real context store', () => {
  let dir: string;
  let backend: Backend;
  const call = async (channel: string, payload: unknown): Promise<unknown> => {
    const result = await backend.router.invoke(channel, payload, { clientId: 'test' });
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value;
  };
  const list = async (): Promise<EngineSummary[]> => (await call('engines.list', {})) as EngineSummary[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'berth-engines-h-'));
    const base = nodeResolveEnv();
    const env = { DOCKER_CONFIG: dir, BERTH_PODMAN_SOCKETS: '' };
    backend = createBackend({
      dataDir: join(dir, 'data'),
      connection: { resolve: () => resolveEndpoint({ ...base, env }) },
      engines: { resolveEnv: { ...base, env } },
    });
  });
  afterEach(() => {
    backend.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates, uses and removes a context, and the engine list follows at once', async () => {
    const created = (await call('contexts.create', {
      name: 'box',
      docker: { host: 'ssh://me@box' },
    })) as ContextStoreSnapshot;
    expect(created.contexts).toEqual([expect.objectContaining({ name: 'box', host: 'ssh://me@box' })]);
    expect((await list()).map((e) => [e.id, e.current])).toEqual([
      ['default', true],
      ['ctx:box', false],
    ]);
    expect(((await call('contexts.use', { name: 'box' })) as ContextStoreSnapshot).current).toBe('box');
    expect((await list()).find((e) => e.current)?.id).toBe('ctx:box');
    await expect(call('contexts.remove', { name: 'box' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const removed = (await call('contexts.remove', { name: 'box', force: true })) as ContextStoreSnapshot;
    expect(removed.contexts).toEqual([]);
    expect((await list()).map((e) => e.id)).toEqual(['default']);
    await expect(call('engines.retry', { engine: 'ctx:box' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses malformed requests before touching the store', async () => {
    await expect(
      call('contexts.create', { name: 'box', docker: { host: 'ssh://box' }, extra: 1 }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(call('contexts.use', { name: '../x' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(call('contexts.create', { name: 'bad', docker: { host: 'ftp://x' } })).rejects.toMatchObject(
      {
        code: 'VALIDATION',
        message: expect.stringContaining('unsupported scheme') as unknown,
      },
    );
    expect(((await call('contexts.list', {})) as ContextStoreSnapshot).contexts).toEqual([]);
  });
});

describe("the backend's own connection as the current engine's scope", () => {
  it('is reused, not started and not disposed by the set; the other engines get their own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-engines-p-'));
    const base = nodeResolveEnv();
    const env = {
      DOCKER_CONFIG: dir,
      BERTH_PODMAN_SOCKETS: '',
      DOCKER_HOST: `unix://${join(dir, 'none.sock')}`,
    };
    const connection = new EngineConnection({ resolve: () => resolveEndpoint({ ...base, env }) });
    const containers = new ContainerSync(connection);
    const set = new EngineSet({
      resolveEnv: { ...base, env },
      primary: { connection, containers },
      connection: { backoff: { initialMs: 60_000, maxMs: 60_000, jitter: 0 } },
    });
    try {
      set.contexts.create({ name: 'other', docker: { host: `unix://${join(dir, 'other.sock')}` } });
      set.refresh();
      set.start();
      expect(set.require('default').connection).toBe(connection);
      expect(set.require('default').containers).toBe(containers);
      expect(set.require('ctx:other').connection).not.toBe(connection);
      await eventually(() => expect(set.require('ctx:other').connection.status.state).toBe('unreachable'));
      // Never started by the set: the backend starts it, as before.
      expect(connection.status).toEqual({ state: 'connecting', endpoint: null, attempt: 0 });
      set.dispose();
      connection.start();
      await eventually(() => expect(connection.status.state).toBe('unreachable'));
    } finally {
      set.dispose();
      containers.dispose();
      connection.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
