import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  EngineContainersChanged,
  EngineStatusChanged,
  EngineSummary,
} from '../../../shared/contract/channels/engines.js';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { createBackend } from '../backend.js';
import { nodeResolveEnv, resolveEndpoint } from '../engine/endpoint.js';
import { waitForStatus } from '../testing/test-backend.js';
import {
  dockerOn,
  engineSocketPath,
  eventually,
  removeTestContainers,
  TEST_IMAGE,
  TEST_LABEL,
} from '../testing/docker-cli.js';
import { podmanUnavailable, startTestPodman, type TestPodman } from '../testing/podman-service.js';
import { CliContextStore } from './cli-context-store.js';
import { EngineSet } from './engine-set.js';

const exec = promisify(execFile);
const SCOPE = 'engine-set';
const skip = podmanUnavailable();

describe.skipIf(skip !== undefined)(
  `several engines at once${skip ? ` (skipped: ${skip})` : ''}`,
  // Podman answers slowly on a loaded machine: deliberate deadlines, not the defaults.
  { timeout: 180_000 },
  () => {
    let dir: string;
    let configDir: string;
    let podman: TestPodman;
    /** Set only once started, so a failed setup has nothing to stop. */
    let started: TestPodman | undefined;
    let set: EngineSet | undefined;
    const shared = `unix://${engineSocketPath()}`;
    let pod: string;

    const makeSet = (extraEnv: Record<string, string> = {}): EngineSet => {
      const base = nodeResolveEnv();
      set = new EngineSet({
        resolveEnv: {
          ...base,
          // No DOCKER_HOST: which engine is "current" comes from the context store, as for a desktop launch.
          env: { PATH: process.env.PATH, DOCKER_CONFIG: configDir, BERTH_PODMAN_SOCKETS: '', ...extraEnv },
        },
        connection: { backoff: { initialMs: 100, maxMs: 500, jitter: 0.1 }, pingTimeoutMs: 20_000 },
        watchDebounceMs: 50,
      });
      return set;
    };
    const status = (s: EngineSet, id: string): EngineSummary | undefined => s.list().find((e) => e.id === id);

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'berth-set-'));
      podman = await startTestPodman(join(dir, 'podman'));
      started = podman;
      pod = `unix://${podman.socket}`;
      await removeTestContainers(SCOPE);
    });
    afterEach(() => {
      set?.dispose();
      set = undefined;
    });
    afterAll(async () => {
      await started?.stop();
      rmSync(dir, { recursive: true, force: true });
      await removeTestContainers(SCOPE);
    });

    it('connects every context with its own connection, kind and containers; one going down leaves the other live', async () => {
      configDir = join(dir, 'config-two');
      const store = new CliContextStore(configDir);
      store.create({ name: 'shared', description: 'Docker test engine', docker: { host: shared } });
      store.create({ name: 'pod', description: 'Podman', docker: { host: pod } });
      store.use('shared');
      const [onDocker, onPodman] = await Promise.all([
        dockerOn(
          shared,
          'run',
          '-d',
          '--label',
          `${TEST_LABEL}=${SCOPE}`,
          '--name',
          'berth-set-docker',
          TEST_IMAGE,
          'sleep',
          '600',
        ),
        dockerOn(pod, 'run', '-d', '--name', 'berth-set-podman', TEST_IMAGE, 'sleep', '600'),
      ]);
      const s = makeSet();
      const statuses: EngineStatusChanged[] = [];
      s.onStatus((c) => statuses.push(c));
      s.start();
      await eventually(() => {
        expect(status(s, 'ctx:shared')?.status.state).toBe('connected');
        expect(status(s, 'ctx:pod')?.status.state).toBe('connected');
      }, 60_000);
      expect(s.list().map((e) => [e.id, e.current, e.capabilities?.identity.kind ?? null])).toEqual([
        ['default', false, null],
        ['ctx:pod', false, 'podman'],
        ['ctx:shared', true, 'docker'],
      ]);
      const docker = s.require('ctx:shared');
      const podScope = s.require('ctx:pod');
      // Ids are unique only within an engine: each scope holds its own engine's containers and not the other's.
      expect(docker.containers.get(onDocker)?.name).toBe('berth-set-docker');
      expect(docker.containers.get(onPodman)).toBeUndefined();
      expect(podScope.containers.get(onPodman)?.name).toBe('berth-set-podman');
      expect(podScope.containers.get(onDocker)).toBeUndefined();

      // An action goes to its own engine, and each engine's event stream brings the change back.
      await Promise.all([
        docker.connection.call((client, signal) =>
          client.getContainer(onDocker).stop({ t: 0, abortSignal: signal }),
        ),
        podScope.connection.call((client, signal) =>
          client.getContainer(onPodman).stop({ t: 0, abortSignal: signal }),
        ),
      ]);
      await eventually(() => {
        expect(docker.containers.get(onDocker)?.state).toBe('exited');
        expect(podScope.containers.get(onPodman)?.state).toBe('exited');
      }, 15_000);

      // Podman dies: its scope says so with its own reason, the Docker one stays connected and listed.
      await podman.kill();
      await eventually(() => expect(status(s, 'ctx:pod')?.status.state).toBe('unreachable'), 15_000);
      expect(status(s, 'ctx:shared')?.status.state).toBe('connected');
      expect(docker.containers.get(onDocker)?.name).toBe('berth-set-docker');
      await docker.connection.call((client, signal) =>
        client.getContainer(onDocker).start({ abortSignal: signal }),
      );
      await eventually(() => expect(docker.containers.get(onDocker)?.state).toBe('running'), 15_000);
      // And it comes back by itself.
      await podman.start();
      await eventually(() => expect(status(s, 'ctx:pod')?.status.state).toBe('connected'), 60_000);
      expect(podScope.containers.get(onPodman)?.state).toBe('exited');
      expect(statuses.filter((c) => c.engine === 'ctx:pod').map((c) => c.status.state)).toContain(
        'unreachable',
      );
      expect(
        statuses.filter((c) => c.engine === 'ctx:shared').every((c) => c.status.state !== 'unreachable'),
      ).toBe(true);
    });

    it('follows the CLI: contexts created, used and removed in a terminal while it runs', async () => {
      configDir = join(dir, 'config-cli');
      const cli = (...args: string[]): Promise<string> =>
        exec('docker', args, { env: { PATH: process.env.PATH, DOCKER_CONFIG: configDir } }).then(
          (r) => r.stdout,
        );
      const s = makeSet();
      const changes: (readonly EngineSummary[])[] = [];
      s.onEnginesChanged((list) => changes.push(list));
      s.start();
      expect(s.list().map((e) => e.id)).toEqual(['default']);
      await cli('context', 'create', 'pod', '--docker', `host=${pod}`);
      await eventually(() => expect(changes.at(-1)?.map((e) => e.id)).toEqual(['default', 'ctx:pod']), 5_000);
      await eventually(() => expect(status(s, 'ctx:pod')?.status.state).toBe('connected'), 60_000);
      await cli('context', 'use', 'pod');
      await eventually(() => expect(changes.at(-1)?.find((e) => e.current)?.id).toBe('ctx:pod'), 5_000);
      await cli('context', 'rm', '-f', 'pod');
      await eventually(
        () => expect(changes.at(-1)?.map((e) => [e.id, e.current])).toEqual([['default', true]]),
        5_000,
      );
      expect(() => s.require('ctx:pod')).toThrow(/No engine "ctx:pod"/);
    });

    it('finds a Podman socket without a context', async () => {
      configDir = join(dir, 'config-podman');
      const s = makeSet({ BERTH_PODMAN_SOCKETS: podman.socket });
      s.start();
      const id = s.list().find((e) => e.source === 'podman')?.id ?? '';
      expect(id).toMatch(/^podman:[a-z0-9-]+$/);
      await eventually(
        () =>
          expect(status(s, id)?.capabilities?.identity).toMatchObject({ kind: 'podman', product: 'Podman' }),
        60_000,
      );
    });

    it('routes containers requests to the engine they name, and names the engine of every delta', async () => {
      configDir = join(dir, 'config-router');
      new CliContextStore(configDir).create({ name: 'pod', docker: { host: pod } });
      const onPodman = await dockerOn(
        pod,
        'run',
        '-d',
        '--name',
        'berth-set-routed',
        TEST_IMAGE,
        'sleep',
        '600',
      );
      const base = nodeResolveEnv();
      const backend = createBackend({
        dataDir: join(dir, 'data'),
        connection: {
          resolve: () => resolveEndpoint({ ...base, env: { DOCKER_HOST: shared } }),
          backoff: { initialMs: 100, maxMs: 500, jitter: 0.1 },
        },
        engines: {
          resolveEnv: {
            ...base,
            env: {
              PATH: process.env.PATH,
              DOCKER_CONFIG: configDir,
              DOCKER_HOST: shared,
              BERTH_PODMAN_SOCKETS: '',
            },
          },
          connection: { backoff: { initialMs: 100, maxMs: 500, jitter: 0.1 }, pingTimeoutMs: 20_000 },
        },
      });
      const deltas: EngineContainersChanged[] = [];
      backend.hub.subscribe((channel, payload) => {
        if (channel === 'engines.containers') deltas.push(payload as EngineContainersChanged);
      });
      const call = async (channel: string, payload: unknown): Promise<unknown> => {
        const result = await backend.router.invoke(channel, payload, { clientId: 'test' });
        if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
        return result.value;
      };
      try {
        backend.start();
        await waitForStatus(backend, (st) => st.state === 'connected');
        const engines = (await call('engines.list', {})) as EngineSummary[];
        expect(engines.map((e) => [e.id, e.current])).toEqual([
          ['default', true],
          ['ctx:pod', false],
        ]);
        const podList = async (): Promise<ContainerSummary[]> =>
          (await call('containers.list', { engine: 'ctx:pod' })) as ContainerSummary[];
        await eventually(async () => expect((await podList()).map((c) => c.id)).toContain(onPodman), 60_000);
        // Without an engine: the backend's own engine, as before; it does not hold Podman's container.
        const own = (await call('containers.list', {})) as ContainerSummary[];
        expect(own.map((c) => c.id)).not.toContain(onPodman);
        const outcomes = await call('containers.action', {
          engine: 'ctx:pod',
          action: 'stop',
          refs: [onPodman],
        });
        expect(outcomes).toEqual([expect.objectContaining({ ok: true })]);
        await eventually(async () => {
          expect((await podList()).find((c) => c.id === onPodman)?.state).toBe('exited');
          expect(
            deltas.some(
              (d) =>
                d.engine === 'ctx:pod' &&
                d.change.upserts.some((c) => c.id === onPodman && c.state === 'exited'),
            ),
          ).toBe(true);
        }, 15_000);
        await expect(call('containers.list', { engine: 'ctx:gone' })).rejects.toMatchObject({
          code: 'NOT_FOUND',
        });
        await expect(call('containers.list', { engine: '../x' })).rejects.toMatchObject({
          code: 'VALIDATION',
        });
      } finally {
        backend.dispose();
      }
    });
  },
);
