import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeExport } from '../../../shared/swarm/swarm-types.js';
import type { Backend } from '../backend.js';
import { freePort } from '../run/port-check.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
} from '../testing/docker-cli.js';
import { podmanUnavailable, startTestPodman, type TestPodman } from '../testing/podman-service.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'kube-play-engine';
const NAME = 'berth-kube-play-web';
const VOLUME = 'berth-kube-play-data';
const ctx = { clientId: 'kube-play-test' };

const onPath = (binary: string): boolean =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, binary)));

/**
 * `podman kube play` builds its pod's infra container from catatonit (Debian recommends it with
 * podman); without it play fails before any container starts ("finding pause binary").
 */
const skip =
  podmanUnavailable() ??
  (onPath('catatonit') ? undefined : 'catatonit is not installed (apt-get install catatonit)');

const get = async (port: number): Promise<string> => {
  const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};

describe.skipIf(skip !== undefined)(
  `Berth's Kubernetes YAML runs in podman kube play${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let dir: string;
    let podman: TestPodman | undefined;
    let backend: Backend;
    let port: number;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'berth-kube-play-'));
      await removeTestContainers(SCOPE);
      await docker('volume', 'rm', '-f', VOLUME);
      port = await freePort();
      // The page it serves is written from the env var into the named volume: one answer shows
      // the port, the env and the mount all made it across.
      await runTestContainer(
        NAME,
        SCOPE,
        ['-p', `127.0.0.1:${port}:80`, '-e', 'GREETING=hello from kube', '-v', `${VOLUME}:/www`],
        ['sh', '-c', 'echo "$GREETING" > /www/index.html; exec httpd -f -p 80 -h /www'],
      );
      backend = backendFor(`unix://${engineSocketPath()}`);
      backend.start();
      await waitForStatus(backend, (s) => s.state === 'connected');
      podman = await startTestPodman(join(dir, 'podman'));
    });

    afterAll(async () => {
      backend.dispose();
      await podman?.podman('kube', 'down', join(dir, 'kube.yaml')).catch(() => '');
      await podman?.podman('volume', 'rm', '-f', VOLUME).catch(() => '');
      await podman?.stop();
      await removeTestContainers(SCOPE);
      await docker('volume', 'rm', '-f', VOLUME);
      rmSync(dir, { recursive: true, force: true });
    });

    it('a Deployment from a container with a port, env and a named volume serves the same port', async () => {
      expect(await eventually(() => get(port), 10_000)).toBe('hello from kube\n');
      const result = await backend.router.invoke(
        'kube.generate',
        { containers: [NAME], kind: 'Deployment' },
        ctx,
      );
      if (!result.ok) throw new Error(result.error.message);
      const { yaml } = result.value as KubeExport;
      const file = join(dir, 'kube.yaml');
      writeFileSync(file, yaml);
      // The Docker container gives the port up; the pod takes it over on 127.0.0.1.
      await removeTestContainers(SCOPE);
      await expect(get(port)).rejects.toThrow();
      if (!podman) throw new Error('podman did not start');
      await podman.podman('kube', 'play', file);
      expect(await eventually(() => get(port), 20_000)).toBe('hello from kube\n');
      const volumes = await podman.podman('volume', 'ls', '--format', '{{.Name}}');
      expect(volumes.split('\n')).toContain(VOLUME);
    });
  },
);
