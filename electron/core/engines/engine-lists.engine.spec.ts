import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComposeProject } from '../../../shared/compose/projects.js';
import type {
  EngineObjectsChanged,
  EngineSlice,
  MergedList,
} from '../../../shared/contract/channels/engines.js';
import type { ImageList } from '../../../shared/contract/images.js';
import type { NetworksList } from '../../../shared/contract/networks.js';
import type { VolumeSummary } from '../../../shared/contract/volumes.js';
import { createBackend, type Backend } from '../backend.js';
import { nodeResolveEnv, resolveEndpoint } from '../engine/endpoint.js';
import {
  dockerOn,
  engineSocketPath,
  eventually,
  removeTestContainers,
  TEST_IMAGE,
  TEST_LABEL,
} from '../testing/docker-cli.js';
import { podmanUnavailable, startTestPodman, type TestPodman } from '../testing/podman-service.js';
import { waitForStatus } from '../testing/test-backend.js';
import { CliContextStore } from './cli-context-store.js';

const SCOPE = 'engine-lists';
const skip = podmanUnavailable();
/** Everything this spec creates on the shared engine carries this prefix and label, and only that is removed. */
const PREFIX = `berth-lists-${process.pid}`;

const slice = <T>(list: MergedList<T>, engine: string): EngineSlice<T> => {
  const found = list.slices.find((s) => s.engine === engine);
  if (!found) throw new Error(`no slice for ${engine} in ${list.slices.map((s) => s.engine).join(', ')}`);
  return found;
};
const volumeNames = (s: EngineSlice<readonly VolumeSummary[]>): string[] => (s.data ?? []).map((v) => v.name);

describe.skipIf(skip !== undefined)(
  `"All engines" lists and routing${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let dir: string;
    let podman: TestPodman | undefined;
    let backend: Backend | undefined;
    const shared = `unix://${engineSocketPath()}`;
    let pod: string;
    const objects: EngineObjectsChanged[] = [];

    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      if (!backend) throw new Error('no backend');
      const result = await backend.router.invoke(channel, payload, { clientId: 'test' });
      if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
      return result.value as T;
    };

    /** A backend whose own engine is `host`, with the Podman service as the CLI context "pod". */
    const makeBackend = (host: string, configDir: string): Backend => {
      const base = nodeResolveEnv();
      return createBackend({
        dataDir: join(dir, `data-${configDir.length}`),
        connection: {
          resolve: () => resolveEndpoint({ ...base, env: { DOCKER_HOST: host } }),
          backoff: { initialMs: 100, maxMs: 500, jitter: 0.1 },
          // Generous: 8 helpers share 2 cores here, and a loaded Podman answers its ping slowly.
          pingTimeoutMs: 20_000,
        },
        engines: {
          resolveEnv: {
            ...base,
            env: {
              PATH: process.env.PATH,
              DOCKER_CONFIG: configDir,
              DOCKER_HOST: host,
              BERTH_PODMAN_SOCKETS: '',
            },
          },
          connection: { backoff: { initialMs: 100, maxMs: 500, jitter: 0.1 }, pingTimeoutMs: 20_000 },
        },
      });
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'berth-lists-'));
      podman = await startTestPodman(join(dir, 'podman'));
      pod = `unix://${podman.socket}`;
      const configDir = join(dir, 'config');
      new CliContextStore(configDir).create({ name: 'pod', docker: { host: pod } });
      backend = makeBackend(shared, configDir);
      backend.hub.subscribe((channel, payload) => {
        if (channel === 'engines.objects') objects.push(payload as EngineObjectsChanged);
      });
      backend.start();
      await waitForStatus(backend, (st) => st.state === 'connected', 60_000);
    }, 120_000);

    afterAll(async () => {
      backend?.dispose();
      await podman?.stop();
      await removeTestContainers(SCOPE);
      for (const kind of ['volume', 'network'] as const) {
        const names = await dockerOn(
          shared,
          kind,
          'ls',
          '--format',
          '{{.Name}}',
          '--filter',
          `label=${TEST_LABEL}=${SCOPE}`,
        );
        for (const name of names.split('\n').filter((n) => n.startsWith(PREFIX)))
          await dockerOn(shared, kind, 'rm', name).catch(() => '');
      }
      rmSync(dir, { recursive: true, force: true });
    });

    it('lists each engine side by side, named, and routes each action to the engine it names', async () => {
      const label = ['--label', `${TEST_LABEL}=${SCOPE}`];
      await Promise.all([
        dockerOn(shared, 'volume', 'create', ...label, `${PREFIX}-docker`),
        dockerOn(pod, 'volume', 'create', ...label, `${PREFIX}-pod`),
        dockerOn(shared, 'network', 'create', ...label, `${PREFIX}-docker-net`),
        dockerOn(pod, 'network', 'create', ...label, `${PREFIX}-pod-net`),
        // A compose project on Podman only: projects are grouped per engine.
        dockerOn(
          pod,
          'create',
          '--name',
          `${PREFIX}-web`,
          '--label',
          'com.docker.compose.project=listsproj',
          '--label',
          'com.docker.compose.service=web',
          TEST_IMAGE,
          'sleep',
          '600',
        ),
      ]);
      const engines = (await call<{ id: string }[]>('engines.list', {})).map((e) => e.id);
      expect(engines).toEqual(['default', 'ctx:pod']);
      await eventually(async () => {
        const volumes = await call<MergedList<readonly VolumeSummary[]>>('engines.allVolumes', {});
        expect(volumes.slices.map((s) => [s.engine, s.state])).toEqual([
          ['default', 'live'],
          ['ctx:pod', 'live'],
        ]);
        expect(volumeNames(slice(volumes, 'default'))).toContain(`${PREFIX}-docker`);
        expect(volumeNames(slice(volumes, 'default'))).not.toContain(`${PREFIX}-pod`);
        expect(volumeNames(slice(volumes, 'ctx:pod'))).toEqual([`${PREFIX}-pod`]);
      }, 60_000);
      const networks = await call<MergedList<NetworksList>>('engines.allNetworks', {});
      const netNames = (engine: string): string[] =>
        (slice(networks, engine).data?.networks ?? []).map((n) => n.name);
      expect(netNames('default')).toContain(`${PREFIX}-docker-net`);
      expect(netNames('default')).not.toContain(`${PREFIX}-pod-net`);
      expect(netNames('ctx:pod')).toContain(`${PREFIX}-pod-net`);
      const images = await call<MergedList<ImageList>>('engines.allImages', {});
      expect(slice(images, 'ctx:pod')).toMatchObject({ state: 'live', label: 'pod', reason: null });
      expect(
        slice(images, 'ctx:pod').data?.images.some((i) => i.repoTags.some((t) => t.includes('busybox'))),
      ).toBe(true);
      await eventually(async () => {
        const projects = await call<MergedList<readonly ComposeProject[]>>('engines.allProjects', {});
        expect((slice(projects, 'ctx:pod').data ?? []).map((p) => p.name)).toContain('listsproj');
        expect((slice(projects, 'default').data ?? []).map((p) => p.name)).not.toContain('listsproj');
      }, 30_000);
      // A volume made on Podman now (its event stream is open since the list was first asked for) reaches the merged
      // views, named with its engine.
      await dockerOn(pod, 'volume', 'create', ...label, `${PREFIX}-pod-late`);
      await eventually(() => expect(objects).toContainEqual({ engine: 'ctx:pod', kind: 'volumes' }), 10_000);

      // Each engine's own volume, removed through its own engine; a name only the other engine has is NOT_FOUND there.
      await expect(
        call('volumes.remove', { engine: 'ctx:pod', name: `${PREFIX}-docker` }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await call('volumes.remove', { engine: 'ctx:pod', name: `${PREFIX}-pod` });
      expect((await dockerOn(pod, 'volume', 'ls', '-q')).split('\n')).not.toContain(`${PREFIX}-pod`);
      expect(await dockerOn(shared, 'volume', 'ls', '-q')).toContain(`${PREFIX}-docker`);
      await call('volumes.remove', { name: `${PREFIX}-docker` });
      expect(await dockerOn(shared, 'volume', 'ls', '-q')).not.toContain(`${PREFIX}-docker`);
      // And a request for an engine Berth does not know is refused, never answered by another engine.
      await expect(call('volumes.list', { engine: 'ctx:nowhere' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(call('networks.list', { engine: 'ctx:pod', extra: 1 })).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    }, 120_000);

    it('keeps a dead engine as last-known with the time and reason while the others stay live, and recovers', async () => {
      if (!podman) throw new Error('no podman');
      const before = await eventually(async () => {
        const list = await call<MergedList<NetworksList>>('engines.allNetworks', {});
        expect(slice(list, 'ctx:pod').state).toBe('live');
        return list;
      }, 60_000);
      const readAt = slice(before, 'ctx:pod').at;
      await podman.kill();
      await eventually(async () => {
        const after = await call<MergedList<NetworksList>>('engines.allNetworks', {});
        const dead = slice(after, 'ctx:pod');
        expect(dead.state).toBe('last-known');
        expect(dead.at).toBe(readAt);
        expect(dead.reason).toBeTruthy();
        expect((dead.data?.networks ?? []).map((n) => n.name)).toContain(`${PREFIX}-pod-net`);
        expect(slice(after, 'default').state).toBe('live');
      }, 30_000);
      // The live engine is still actionable while the other is down.
      const live = await call<MergedList<readonly VolumeSummary[]>>('engines.allVolumes', {});
      expect(slice(live, 'default').state).toBe('live');
      expect(slice(live, 'ctx:pod').state).not.toBe('live');
      await podman.start();
      await eventually(async () => {
        const back = await call<MergedList<NetworksList>>('engines.allNetworks', {});
        expect(slice(back, 'ctx:pod').state).toBe('live');
        expect((slice(back, 'ctx:pod').at ?? 0) > (readAt ?? 0)).toBe(true);
      }, 60_000);
    }, 200_000);

    it('refuses what an engine cannot do with the reason, not the engine raw answer', async () => {
      // A second backend whose own engine is Podman: swarm init is refused before Podman is asked.
      const other = makeBackend(pod, join(dir, 'config-podman-own'));
      const saved = backend;
      backend = other;
      try {
        other.start();
        await waitForStatus(other, (st) => st.state === 'connected', 60_000);
        await eventually(async () => {
          const list = await call<
            { current: boolean; capabilities: { identity: { kind: string } } | null }[]
          >('engines.list', {});
          expect(list.find((e) => e.current)?.capabilities?.identity.kind).toBe('podman');
        }, 30_000);
        await expect(call('swarm.init', { advertiseAddr: '127.0.0.1' })).rejects.toMatchObject({
          code: 'UNSUPPORTED',
          message: expect.stringMatching(/Podman has no swarm mode/) as unknown,
        });
      } finally {
        backend = saved;
        other.dispose();
      }
    }, 120_000);
  },
);
