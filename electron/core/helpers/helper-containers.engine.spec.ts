import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath, TEST_IMAGE, TEST_LABEL } from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';
import { hostname } from 'node:os';

const SCOPE = 'helpers-engine';
const VOL = 'berth-helperspec-vol';

const helpersOf = (volume: string): Promise<string> =>
  docker(
    'ps',
    '-aq',
    '--filter',
    'label=dev.berth.helper',
    '--filter',
    `label=dev.berth.helper.volume=${volume}`,
  );

describe('helper containers', () => {
  let backend: Backend | undefined;

  beforeAll(async () => {
    await docker('volume', 'create', '--label', `${TEST_LABEL}=${SCOPE}`, VOL);
  });
  afterAll(async () => {
    backend?.dispose();
    const left = await helpersOf(VOL);
    if (left) await docker('rm', '-f', ...left.split('\n'));
    await docker('volume', 'rm', '-f', VOL);
  });

  it('a start removes helpers whose Berth is gone and keeps those of a live one', async () => {
    const create = (owner: string): Promise<string> =>
      docker(
        'create',
        '--label',
        `${TEST_LABEL}=${SCOPE}`,
        '--label',
        'dev.berth.helper=volume-browse',
        '--label',
        `dev.berth.helper.volume=${VOL}`,
        '--label',
        `dev.berth.helper.owner=${owner}`,
        '-v',
        `${VOL}:/berth-volume:ro`,
        TEST_IMAGE,
        '/berth-helper',
      );
    // PID 2^22+1 is above Linux's pid_max: no process can have it.
    const dead = await create(`${hostname()}:4194305`);
    const live = await create(`${hostname()}:${process.pid}`);
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
    const deadline = Date.now() + 10_000;
    while ((await helpersOf(VOL)).includes(dead.slice(0, 12)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const left = await helpersOf(VOL);
    expect(left).not.toContain(dead.slice(0, 12));
    expect(left).toContain(live.slice(0, 12));
  });
});
