import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageUpdateCheck } from '../../../shared/contract/image-updates.js';
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../../shared/contract/types.js';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath, TEST_IMAGE, TEST_LABEL } from '../testing/docker-cli.js';
import { startTestRegistry, type TestRegistry } from '../testing/registry.js';
import { backendFor, invokeOk, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'image-updates';
const ctx = { clientId: 'test' };
const unique = randomBytes(3).toString('hex');

/** `docker login` with the password on stdin, as a user would (into the test's DOCKER_CONFIG). */
const login = (registry: TestRegistry): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = execFile(
      'docker',
      ['login', '--username', registry.username, '--password-stdin', registry.host],
      (err, _out, stderr) => {
        if (err) reject(new Error(stderr));
        else resolve();
      },
    );
    child.stdin?.end(registry.password);
  });

// Pushes, pulls and recreations on a loaded 2-core machine take a while.
describe('image updates against a real registry', { timeout: 180_000 }, () => {
  let backend: Backend;
  let registry: TestRegistry;
  let configDir: string;
  let repo: string;
  const previousConfig = process.env.DOCKER_CONFIG;

  const call = <C extends InvokeChannel>(channel: C, req: InvokeRequest<C>): Promise<InvokeResponse<C>> =>
    invokeOk(backend, channel, req);
  const check = async (ref: string): Promise<ImageUpdateCheck> => {
    const [result] = await call('updates.check', { containers: [ref] });
    if (!result) throw new Error('no result');
    return result;
  };
  /** A new image for the tag: the test image with one more layer, made by the CLI. */
  const pushNewContent = async (marker: string): Promise<string> => {
    const maker = await docker(
      'run',
      '-d',
      '--label',
      `${TEST_LABEL}=${SCOPE}`,
      TEST_IMAGE,
      'sh',
      '-c',
      `echo ${marker} > /version`,
    );
    await docker('wait', maker);
    await docker('commit', maker, `${repo}:1.0`);
    await docker('push', `${repo}:1.0`);
    return docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:1.0`);
  };

  beforeAll(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'berth-updates-config-'));
    process.env.DOCKER_CONFIG = configDir;
    registry = await startTestRegistry();
    repo = `${registry.host}/berth-updates-${unique}`;
    await login(registry);
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });

  afterAll(async () => {
    backend.dispose();
    await registry.stop();
    const labelled = await docker('ps', '-aq', '--filter', `label=${TEST_LABEL}=${SCOPE}`);
    if (labelled) await docker('rm', '-f', '-v', ...labelled.split('\n'));
    const mine = (await docker('images', '--format', '{{.ID}} {{.Repository}}'))
      .split('\n')
      .filter((line) => line.includes(`berth-updates-${unique}`))
      .map((line) => line.split(' ')[0] ?? '');
    if (mine.length > 0) await docker('rmi', '-f', ...new Set(mine)).catch(() => '');
    await rm(configDir, { recursive: true, force: true });
    if (previousConfig === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = previousConfig;
  });

  it('sees an update on the registry, applies it keeping name, settings and data, and rolls back a broken one', async () => {
    // 1.0 on the registry, and a container made from it with env, a port-free setting set and data in an anonymous volume.
    const first = await pushNewContent('one');
    const id = await docker(
      'run',
      '-d',
      '--name',
      `berth-upd-${unique}`,
      '--label',
      `${TEST_LABEL}=${SCOPE}`,
      '-e',
      'KEEP=me',
      '-v',
      '/data',
      '--restart',
      'unless-stopped',
      `${repo}:1.0`,
      'sh',
      '-c',
      'echo saved > /data/file; sleep 3600',
    );
    expect(await check(id)).toMatchObject({ status: 'current', image: `${repo}:1.0` });

    // Someone pushes new content to the same tag; the local tag still names the old image.
    const second = await pushNewContent('two');
    await docker('tag', first, `${repo}:1.0`);
    const seen = await check(id);
    expect(seen.status).toBe('available');
    expect(seen.remoteDigest).not.toBe(seen.localDigest);

    const applied = await call('updates.apply', { ref: id });
    expect(applied).toMatchObject({ updated: true, name: `berth-upd-${unique}`, imageId: second });
    const after = JSON.parse(await docker('inspect', `berth-upd-${unique}`)) as [
      {
        Id: string;
        Image: string;
        Config: { Env: string[] };
        HostConfig: { RestartPolicy: { Name: string } };
      },
    ];
    expect(after[0].Id).not.toBe(id);
    expect(after[0].Image).toBe(second);
    expect(after[0].Config.Env).toContain('KEEP=me');
    expect(after[0].HostConfig.RestartPolicy.Name).toBe('unless-stopped');
    expect(await docker('exec', `berth-upd-${unique}`, 'cat', '/data/file', '/version')).toBe('saved\ntwo');
    expect(await check(after[0].Id)).toMatchObject({ status: 'current' });

    // A broken update (no shell in the new image: the replacement cannot start) leaves the running one as it was.
    const broken = await docker(
      'import',
      '--change',
      'LABEL broken=yes',
      fileURLToPath(new URL('./fixtures/no-shell.tar', import.meta.url)),
      `${repo}:1.0`,
    );
    await docker('push', `${repo}:1.0`);
    await docker('tag', second, `${repo}:1.0`);
    expect((await check(after[0].Id)).status).toBe('available');
    const refused = await backend.router.invoke('updates.apply', { ref: after[0].Id }, ctx);
    expect(refused.ok).toBe(false);
    const still = JSON.parse(await docker('inspect', `berth-upd-${unique}`)) as [
      { Id: string; Image: string; State: { Running: boolean } },
    ];
    expect(still[0]).toMatchObject({ Id: after[0].Id, Image: second, State: { Running: true } });
    expect(broken).toMatch(/^sha256:/);
  });

  it('never asks a registry about an image that did not come from one', async () => {
    const id = await docker('create', '--label', `${TEST_LABEL}=${SCOPE}`, TEST_IMAGE, 'true');
    expect(await check(id)).toMatchObject({ status: 'local', remoteDigest: null });
  });
});
