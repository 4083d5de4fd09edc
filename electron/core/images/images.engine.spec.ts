import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImageList, LoginResult, RemoveOutcome } from '../../../shared/contract/images.js';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { loginTargetOf } from '../../../shared/images/login-target.js';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath, eventually, TEST_IMAGE, TEST_LABEL } from '../testing/docker-cli.js';
import { startSlowProxy, startTestRegistry, type SlowProxy, type TestRegistry } from '../testing/registry.js';
import { liveProcesses } from '../testing/processes.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'images';
/** Nothing listens here in the test (checked); its digits contain 401 on purpose. */
const REFUSING_PORT = 44401;

const somethingListens = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
const ctx = { clientId: 'test' };
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const ok = <T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

/** Builds a small labelled image of our own, so removal tests can never touch the shared test image. */
const buildImage = async (tag: string, runLine: string): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'berth-images-build-'));
  try {
    await writeFile(
      join(dir, 'Dockerfile'),
      `FROM ${TEST_IMAGE}\nLABEL ${TEST_LABEL}=${SCOPE}\n${runLine}\n`,
    );
    return await docker('build', '-q', '-t', tag, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

describe('images and a real registry', () => {
  let backend: Backend;
  let registry: TestRegistry;
  let slow: SlowProxy;
  let configDir: string;
  const previousConfig = process.env.DOCKER_CONFIG;

  const invoke = async <T>(channel: string, payload: unknown): Promise<T> =>
    ok<T>(await backend.router.invoke(channel, payload, ctx));
  const runTask = async (channel: 'images.pull' | 'images.push', reference: string): Promise<TaskSummary> => {
    const task = await invoke<TaskSummary>(channel, { reference });
    return backend.tasks.whenEnded(task.id);
  };
  /** Starts a transfer and cancels it once bytes are moving. */
  const cancelMidway = async (
    channel: 'images.pull' | 'images.push',
    reference: string,
  ): Promise<TaskSummary> => {
    const task = await invoke<TaskSummary>(channel, { reference });
    await eventually(() => {
      const now = backend.tasks.get(task.id);
      if (now.state !== 'running') throw new Error(`ended early: ${now.state} ${now.message ?? ''}`);
      if (!now.items.some((item) => item.current > 0 && item.total !== null && item.current < item.total)) {
        throw new Error('no bytes moving yet');
      }
    }, 60_000);
    ok(await backend.router.invoke('tasks.cancel', { id: task.id }, ctx));
    return backend.tasks.whenEnded(task.id);
  };

  beforeAll(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'berth-docker-config-'));
    process.env.DOCKER_CONFIG = configDir;
    registry = await startTestRegistry();
    slow = await startSlowProxy(registry.port, 3 * 1024 * 1024);
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });

  afterAll(async () => {
    backend.dispose();
    await slow.stop();
    await registry.stop();
    // Containers first: an image still in use would not go.
    const labelled = await docker('ps', '-aq', '--filter', `label=${TEST_LABEL}=${SCOPE}`);
    if (labelled) await docker('rm', '-f', ...labelled.split('\n'));
    const mine = (await docker('images', '--format', '{{.Repository}}:{{.Tag}}'))
      .split('\n')
      .filter((ref) => ref.includes(unique));
    if (mine.length > 0) await docker('rmi', ...mine).catch(() => '');
    await rm(configDir, { recursive: true, force: true });
    if (previousConfig === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = previousConfig;
  });

  it('lists the test image with its tag, size and disk use', async () => {
    const list = await invoke<ImageList>('images.list', {});
    const image = list.images.find((item) => item.repoTags.includes(TEST_IMAGE));
    expect(image).toMatchObject({ dangling: false });
    expect(image?.size).toBeGreaterThan(1_000_000);
    expect(list.diskUse).toBeGreaterThan(0);
  });

  it('shows the layers of an image with the commands that made them, and its inspect document', async () => {
    const history = await invoke<{ createdBy: string; size: number }[]>('images.history', {
      ref: TEST_IMAGE,
    });
    expect(history.some((layer) => layer.createdBy.includes('busybox') && layer.size > 1_000_000)).toBe(true);
    const inspect = await invoke<{ RepoTags: string[] }>('images.inspect', { ref: TEST_IMAGE });
    expect(inspect.RepoTags).toContain(TEST_IMAGE);
    expect(
      await backend.router.invoke('images.inspect', { ref: `berth-test/nope-${unique}` }, ctx),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses references the docker CLI refuses, with the reason', async () => {
    for (const reference of ['Upper/Case', 'a b', '../../etc', 'app:-bad', '127.0.0.1:5000/']) {
      const result = await backend.router.invoke('images.pull', { reference }, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  describe('an image used by a container', () => {
    const repo = `berth-test/images-inuse-${unique}`;
    let id: string;
    beforeAll(async () => {
      id = await buildImage(`${repo}:one`, `RUN echo ${unique} > /marker`);
      await docker(
        'run',
        '-d',
        '--name',
        `berth-images-user-${unique}`,
        '--label',
        `${TEST_LABEL}=${SCOPE}`,
        `${repo}:one`,
        'sleep',
        '600',
      );
    });

    it('is listed as in use by that container', async () => {
      const list = await invoke<ImageList>('images.list', {});
      const image = list.images.find((item) => item.id === id);
      expect(image?.usedBy.map((user) => user.name)).toEqual([`berth-images-user-${unique}`]);
    });

    it('is not removed: the answer names the container and nothing changes', async () => {
      const [outcome] = await invoke<RemoveOutcome[]>('images.remove', { ids: [id], force: false });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'CONFLICT' }, untagged: [], deleted: [] });
      expect(outcome?.error?.message).toContain(`berth-images-user-${unique}`);
      expect(outcome?.usedBy.map((user) => user.name)).toEqual([`berth-images-user-${unique}`]);
      const [untag] = await invoke<RemoveOutcome[]>('images.untag', { references: [`${repo}:one`] });
      expect(untag).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:one`)).toBe(id);
    });

    it('with two names, untags one and keeps the image', async () => {
      await invoke('images.tag', { source: `${repo}:one`, target: `${repo}:two` });
      const [outcome] = await invoke<RemoveOutcome[]>('images.untag', { references: [`${repo}:two`] });
      expect(outcome).toMatchObject({ ok: true, untagged: [`${repo}:two`], deleted: [] });
      expect(await docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:one`)).toBe(id);
    });
  });

  it('removes an unused image with two tags without force', async () => {
    const repo = `berth-test/images-unused-${unique}`;
    const id = await buildImage(`${repo}:a`, `RUN echo unused-${unique} > /marker`);
    await docker('tag', `${repo}:a`, `${repo}:b`);
    const [outcome] = await invoke<RemoveOutcome[]>('images.remove', { ids: [id], force: false });
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome?.untagged).toEqual(expect.arrayContaining([`${repo}:a`, `${repo}:b`]));
    expect(outcome?.deleted).toContain(id);
    await expect(docker('image', 'inspect', id)).rejects.toThrow();
  });

  describe('push, login, pull', () => {
    const ref = (host: string, name = 'bb', tag = unique): string => `${host}/berth-test/${name}:${tag}`;

    const roundTrip = `berth-test/images-rt-${unique}:latest`;
    beforeAll(async () => {
      // Its own random layer, so the pull back really downloads bytes.
      await buildImage(roundTrip, 'RUN head -c 400000 /dev/urandom > /random.bin');
      await writeFile(
        join(configDir, 'config.json'),
        JSON.stringify({ auths: { 'other.example:5000': { auth: 'eDp5' } }, detachKeys: 'ctrl-x' }),
      );
    });

    it('push without credentials fails with "log in to <registry>"', async () => {
      await invoke('images.tag', { source: roundTrip, target: ref(registry.host) });
      const task = await runTask('images.push', ref(registry.host));
      expect(task.state).toBe('failed');
      expect(task.error?.code).toBe('UNAUTHORIZED');
      expect(task.message).toContain(`log in to ${registry.host}`);
    });

    it('login with a wrong password fails cleanly and writes nothing', async () => {
      const before = await readFile(join(configDir, 'config.json'), 'utf8');
      const result = await backend.router.invoke(
        'registry.login',
        { registry: registry.host, username: registry.username, password: 'wrong-password' },
        ctx,
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(JSON.stringify(result)).not.toContain('wrong-password');
      expect(await readFile(join(configDir, 'config.json'), 'utf8')).toBe(before);
    });

    it('login stores where the CLI would (auths, mode 0600, other keys kept) and the CLI can use it', async () => {
      const result = await invoke<LoginResult>('registry.login', {
        registry: registry.host,
        username: registry.username,
        password: registry.password,
      });
      expect(result).toEqual({ registry: registry.host, storedIn: 'config.json' });
      expect(JSON.stringify(result)).not.toContain(registry.password);
      const config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8')) as {
        auths: Record<string, { auth: string }>;
        detachKeys: string;
      };
      expect(config.detachKeys).toBe('ctrl-x');
      expect(config.auths['other.example:5000']).toEqual({ auth: 'eDp5' });
      expect(Buffer.from(config.auths[registry.host]?.auth ?? '', 'base64').toString()).toBe(
        `${registry.username}:${registry.password}`,
      );
      expect((await stat(join(configDir, 'config.json'))).mode & 0o777).toBe(0o600);
      // The docker CLI reads what Berth wrote: its own push with that config is authorised.
      await docker('--config', configDir, 'push', ref(registry.host));
      await invoke('registry.login', {
        registry: slow.host,
        username: registry.username,
        password: registry.password,
      });
    });

    it('push succeeds with per-layer progress', async () => {
      const task = await runTask('images.push', ref(registry.host));
      expect(task).toMatchObject({ state: 'succeeded', error: null });
      expect(task.items.length).toBeGreaterThanOrEqual(2);
      for (const item of task.items) expect(item.status).toMatch(/Pushed|Layer already exists|Mounted/);
      expect(task.progress).not.toBeNull();
      expect(task.progress?.current).toBe(task.progress?.total);
    });

    it('pulls it back with progress after the local tag is removed', async () => {
      await docker('rmi', roundTrip);
      const [untag] = await invoke<RemoveOutcome[]>('images.untag', { references: [ref(registry.host)] });
      expect(untag).toMatchObject({ ok: true });
      expect(untag?.deleted.length).toBeGreaterThan(0);
      await expect(docker('image', 'inspect', ref(registry.host))).rejects.toThrow();
      const task = await runTask('images.pull', ref(registry.host));
      expect(task).toMatchObject({ state: 'succeeded', error: null, result: ref(registry.host) });
      expect(task.items.some((item) => item.status === 'Pull complete' && (item.total ?? 0) > 300_000)).toBe(
        true,
      );
      expect(task.progress?.total).toBeGreaterThan(300_000);
      expect(task.progress?.current).toBe(task.progress?.total);
      await eventually(async () => {
        const list = await invoke<ImageList>('images.list', {});
        expect(list.images.some((image) => image.repoTags.includes(ref(registry.host)))).toBe(true);
      });
    });

    it('a missing tag is "manifest unknown" in plain words, and nothing appears', async () => {
      const task = await runTask('images.pull', ref(registry.host, 'bb', `missing-${unique}`));
      expect(task).toMatchObject({ state: 'failed', error: { code: 'NOT_FOUND' } });
      expect(task.message).toContain('does not exist');
      expect(task.message).toContain('manifest unknown');
      await expect(
        docker('image', 'inspect', ref(registry.host, 'bb', `missing-${unique}`)),
      ).rejects.toThrow();
    });

    // A port with "401" in it on purpose: the words must come from the failure, not the digits.
    it('a registry where nothing listens (port 44401) is unreachable in plain words, for pull and login', async ({
      skip,
    }) => {
      const port = REFUSING_PORT;
      if (await somethingListens(port))
        skip(`port ${port} is in use here, so it cannot show a refused connection`);
      const task = await runTask('images.pull', `127.0.0.1:${port}/berth-test/bb:${unique}`);
      expect(task.state).toBe('failed');
      expect(task.message).toBe(
        `Cannot reach the registry 127.0.0.1:${port}: nothing answers there (connection refused).`,
      );
      expect(loginTargetOf(task)).toBeNull();
      const login = await backend.router.invoke(
        'registry.login',
        { registry: `127.0.0.1:${port}`, username: 'u', password: 'p' },
        ctx,
      );
      expect(login).toMatchObject({
        ok: false,
        error: {
          code: 'ENGINE_ERROR',
          message: `Cannot reach the registry 127.0.0.1:${port}: nothing answers there (connection refused).`,
        },
      });
    });

    describe('a bigger image, through a slow link', () => {
      const bigLocal = `berth-test/images-big-${unique}:latest`;
      beforeAll(async () => {
        await buildImage(bigLocal, 'RUN head -c 16000000 /dev/urandom > /random.bin');
        await docker('tag', bigLocal, ref(slow.host, 'big'));
        await docker('tag', bigLocal, ref(registry.host, 'big'));
      }, 120_000);

      it('a cancelled push is reported as cancelled', async () => {
        const task = await cancelMidway('images.push', ref(slow.host, 'big'));
        expect(task).toMatchObject({ state: 'cancelled', message: 'Cancelled.' });
      }, 120_000);

      it('a cancelled pull is reported as cancelled and no image appears', async () => {
        const pushed = await runTask('images.push', ref(registry.host, 'big'));
        expect(pushed.state).toBe('succeeded');
        await docker('rmi', bigLocal, ref(slow.host, 'big'), ref(registry.host, 'big'));
        const task = await cancelMidway('images.pull', ref(slow.host, 'big'));
        expect(task).toMatchObject({ state: 'cancelled', message: 'Cancelled.' });
        await expect(docker('image', 'inspect', ref(slow.host, 'big'))).rejects.toThrow();
      }, 180_000);
    });

    it('logout erases the credentials; push needs a login again', async () => {
      expect(await invoke('registry.logout', { registry: registry.host })).toEqual({
        registry: registry.host,
        removed: true,
      });
      const config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8')) as {
        auths: Record<string, unknown>;
      };
      expect(config.auths[registry.host]).toBeUndefined();
      expect(config.auths['other.example:5000']).toEqual({ auth: 'eDp5' });
      const task = await runTask('images.push', ref(registry.host));
      expect(task.error?.code).toBe('UNAUTHORIZED');
      // A pull is refused before its stream starts (an HTTP 500 from the engine): the same words.
      const pull = await runTask('images.pull', ref(registry.host));
      expect(pull).toMatchObject({ state: 'failed', error: { code: 'UNAUTHORIZED' } });
      expect(pull.message).toContain(`log in to ${registry.host}`);
      // What the task list reads to offer "Log in to <registry>".
      expect(loginTargetOf(pull)).toBe(registry.host);
    });
  });

  describe('credential helpers', () => {
    const helperScript = `#!/bin/sh
input=$(cat)
printf '%s %s\\n' "$1" "$input" >> "$BERTH_HELPER_DIR/calls.log"
case "$1" in
  store) printf '%s' "$input" > "$BERTH_HELPER_DIR/stored.json" ;;
  get) if [ -f "$BERTH_HELPER_DIR/stored.json" ]; then cat "$BERTH_HELPER_DIR/stored.json"; else echo "credentials not found in native keychain"; exit 1; fi ;;
  erase) rm -f "$BERTH_HELPER_DIR/stored.json" ;;
esac
`;
    let helperDir: string;
    const previousPath = process.env.PATH;
    beforeAll(async () => {
      helperDir = await mkdtemp(join(tmpdir(), 'berth-helper-'));
      await writeFile(join(helperDir, 'docker-credential-berthtest'), helperScript, { mode: 0o755 });
      // The backend finds helpers on PATH, as the CLI does.
      process.env.PATH = `${helperDir}:${previousPath ?? ''}`;
      process.env.BERTH_HELPER_DIR = helperDir;
    });
    afterAll(async () => {
      process.env.PATH = previousPath;
      delete process.env.BERTH_HELPER_DIR;
      await rm(helperDir, { recursive: true, force: true });
    });

    it('login stores in the configured helper with the CLI protocol, and pushes use it', async () => {
      await writeFile(
        join(configDir, 'config.json'),
        JSON.stringify({ credHelpers: { [registry.host]: 'berthtest' } }),
      );
      const result = await invoke<LoginResult>('registry.login', {
        registry: registry.host,
        username: registry.username,
        password: registry.password,
      });
      expect(result).toEqual({ registry: registry.host, storedIn: 'docker-credential-berthtest' });
      const config = await readFile(join(configDir, 'config.json'), 'utf8');
      expect(config).not.toContain(registry.password);
      const pushed = await runTask('images.push', `${registry.host}/berth-test/bb:${unique}`);
      expect(pushed.state).toBe('succeeded');
      const calls = (await readFile(join(helperDir, 'calls.log'), 'utf8')).trim().split('\n');
      expect(calls).toEqual([
        `store ${JSON.stringify({ ServerURL: registry.host, Username: registry.username, Secret: registry.password })}`,
        `get ${registry.host}`,
      ]);
      expect(await invoke('registry.logout', { registry: registry.host })).toMatchObject({ removed: true });
      expect((await readFile(join(helperDir, 'calls.log'), 'utf8')).trim().split('\n').at(-1)).toBe(
        `erase ${registry.host}`,
      );
    });

    it('a configured helper that is missing is named, and the pull fails', async () => {
      await writeFile(join(configDir, 'config.json'), JSON.stringify({ credsStore: 'berthmissing' }));
      const task = await runTask('images.pull', `${registry.host}/berth-test/bb:${unique}`);
      expect(task.state).toBe('failed');
      expect(task.message).toContain('docker-credential-berthmissing');
      const login = await backend.router.invoke(
        'registry.login',
        { registry: registry.host, username: registry.username, password: registry.password },
        ctx,
      );
      expect(login).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      if (!login.ok) expect(login.error.message).toContain('docker-credential-berthmissing');
    });

    describe('a helper that hangs', () => {
      // Records its pid and its child's, then waits on a child that sleeps far past any deadline:
      // only killing the helper's whole process group ends both.
      const hangScript = `#!/bin/sh
echo $$ >> "$BERTH_HELPER_DIR/hang.pids"
sleep 600 &
echo $! >> "$BERTH_HELPER_DIR/hang.pids"
wait
`;
      const HANG = 'docker-credential-berthhang';
      const hangPids = async (): Promise<number[]> =>
        (await readFile(join(helperDir, 'hang.pids'), 'utf8').catch(() => ''))
          .split('\n')
          .filter(Boolean)
          .map(Number);
      /** Resolves once the helper and its child both run (the cancel must find them running). */
      const helperRunning = (): Promise<void> =>
        eventually(async () => {
          const pids = await hangPids();
          expect(pids).toHaveLength(2);
          expect((await liveProcesses(HANG, pids)).length).toBeGreaterThanOrEqual(2);
        }, 10_000);
      const noHelperLeft = (): Promise<void> =>
        eventually(async () => {
          expect(await liveProcesses(HANG, await hangPids())).toEqual([]);
        }, 2_000);

      beforeAll(async () => {
        await writeFile(join(helperDir, HANG), hangScript, { mode: 0o755 });
      });
      beforeEach(async () => {
        await rm(join(helperDir, 'hang.pids'), { force: true });
        await writeFile(
          join(configDir, 'config.json'),
          JSON.stringify({ credHelpers: { [registry.host]: 'berthhang' } }),
        );
      });
      afterAll(async () => {
        // Should a test fail half-way, no helper outlives the spec.
        for (const p of await liveProcesses(HANG, await hangPids())) process.kill(p.pid, 'SIGKILL');
      });

      it('cancel during the helper ends the pull as cancelled within 1 s and leaves no helper process', async () => {
        const started = await invoke<TaskSummary>('images.pull', {
          reference: `${registry.host}/berth-test/bb:${unique}`,
        });
        await helperRunning();
        // The task says whom it is waiting for.
        expect(backend.tasks.get(started.id)).toMatchObject({
          state: 'running',
          step: `Asking ${HANG} for credentials…`,
        });
        const cancelledAt = Date.now();
        ok(await backend.router.invoke('tasks.cancel', { id: started.id }, ctx));
        const ended = await backend.tasks.whenEnded(started.id);
        expect(ended).toMatchObject({ state: 'cancelled', message: 'Cancelled.', step: null });
        // The helper's own deadline is 30 s: an end within 1 s is the cancel, not the timeout.
        expect(Date.now() - cancelledAt).toBeLessThan(1_000);
        await noHelperLeft();
      });

      it('a login dialog closed while the helper stores cancels the login and kills the helper', async () => {
        const dialog = { clientId: 'login-dialog' };
        const login = backend.router.invoke(
          'registry.login',
          { registry: registry.host, username: registry.username, password: registry.password },
          dialog,
        );
        await helperRunning();
        // Another client cancelling has nothing of its own to cancel.
        expect(await backend.router.invoke('registry.cancelLogin', {}, ctx)).toEqual({
          ok: true,
          value: { cancelled: false },
        });
        const cancelledAt = Date.now();
        expect(await backend.router.invoke('registry.cancelLogin', {}, dialog)).toEqual({
          ok: true,
          value: { cancelled: true },
        });
        expect(await login).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
        expect(Date.now() - cancelledAt).toBeLessThan(1_000);
        await noHelperLeft();
      });
    });
  });

  it('Docker Hub search says plainly that the engine is offline', async () => {
    const result = await backend.router.invoke('images.search', { term: 'busybox', limit: 5 }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'ENGINE_ERROR' } });
    if (!result.ok) expect(result.error.message).toContain('Docker Hub cannot be reached from the engine');
  });

  it('emits images.changed after an image event, coalesced', async () => {
    const seen: unknown[] = [];
    const off = backend.hub.subscribe((channel, payload) => {
      if (channel === 'images.changed') seen.push(payload);
    });
    try {
      await docker('tag', TEST_IMAGE, `berth-test/images-event-${unique}:x`);
      await docker('rmi', `berth-test/images-event-${unique}:x`);
      await eventually(() => {
        expect(seen.length).toBeGreaterThan(0);
      });
    } finally {
      off.dispose();
    }
  });
});
