import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeExport } from '../../../shared/swarm/swarm-types.js';
import type { Backend } from '../backend.js';
import { freePort } from '../run/port-check.js';
import { docker, engineSocketPath, removeTestContainers, runTestContainer } from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'kube-export-engine';
const VOLUME = 'berth-kube-spec-data';
const ctx = { clientId: 'kube-test' };

describe('Kubernetes YAML from a real container', () => {
  let backend: Backend;
  let port: number;

  beforeAll(async () => {
    await removeTestContainers(SCOPE);
    await docker('volume', 'rm', '-f', VOLUME);
    port = await freePort();
    await runTestContainer(
      'berth-kube-spec-web',
      SCOPE,
      [
        '-p',
        `127.0.0.1:${port}:80`,
        '-e',
        'GREETING=hello kube',
        '-v',
        `${VOLUME}:/www`,
        '--label',
        'com.docker.compose.service=web',
      ],
      ['httpd', '-f', '-p', '80', '-h', '/www'],
    );
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });

  afterAll(async () => {
    backend.dispose();
    await removeTestContainers(SCOPE);
    await docker('volume', 'rm', '-f', VOLUME);
  });

  it('names it by its compose service and carries ports, env and the named volume', async () => {
    const result = await backend.router.invoke(
      'kube.generate',
      { containers: ['berth-kube-spec-web'], kind: 'Deployment' },
      ctx,
    );
    if (!result.ok) throw new Error(result.error.message);
    const { yaml, untranslated } = result.value as KubeExport;
    expect(yaml).toContain('kind: "Deployment"\nmetadata:\n  name: "web"');
    expect(yaml).toContain(
      `- containerPort: 80\n          protocol: "TCP"\n          hostPort: ${port}\n          hostIP: "127.0.0.1"`,
    );
    expect(yaml).toContain('- name: "GREETING"\n          value: "hello kube"');
    expect(yaml).toContain('persistentVolumeClaim:\n          claimName: "berth-kube-spec-data"');
    expect(yaml).toContain('kind: "PersistentVolumeClaim"\nmetadata:\n  name: "berth-kube-spec-data"');
    expect(yaml).toContain(`kind: "Service"`);
    // Compose bookkeeping labels are not carried over; the test label is (as an annotation).
    expect(yaml).not.toContain('com.docker.compose.service');
    expect(yaml).toContain('berth.test: "kube-export-engine"');
    // `docker run` without --restart: a Deployment restarts anyway, and says so.
    expect(untranslated).toEqual([
      'web: restart "no" (a Deployment always restarts; use kind Pod to keep it)',
    ]);
  });

  it('refuses ids that are not container references', async () => {
    const result = await backend.router.invoke(
      'kube.generate',
      { containers: ['../../x'], kind: 'Pod' },
      ctx,
    );
    expect(result.ok).toBe(false);
  });
});
