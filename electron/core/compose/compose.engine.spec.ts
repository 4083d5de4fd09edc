import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../../shared/contract/types.js';
import { groupProjects, type ComposeProject } from '../../../shared/compose/projects.js';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  TEST_IMAGE,
  TEST_LABEL,
} from '../testing/docker-cli.js';
import { backendFor, invokeOk, waitForStatus } from '../testing/test-backend.js';
import { ComposeRunner } from './compose-runner.js';
import { RecentComposeStore } from './recent-store.js';

const SCOPE = 'compose-engine';
const ctx = { clientId: 'test' };
const execAsync = promisify(execFile);

/** Every project a test starts, so afterAll takes them down whatever happened. */
const started: { dir: string; project: string }[] = [];
const uniqueProject = (): string => `berthtest${randomBytes(4).toString('hex')}`;

const TICK = `["sh", "-c", "while true; do echo tick; sleep 1; done"]`;

/** Two services, a named volume and the default network; labelled so leftovers are findable. */
const twoServiceFile = (extra: string[] = []): string =>
  [
    'version: "2.4"',
    'services:',
    ...['web', 'worker'].flatMap((service) => [
      `  ${service}:`,
      `    image: ${TEST_IMAGE}`,
      `    command: ${TICK}`,
      `    labels: ["${TEST_LABEL}=${SCOPE}"]`,
      '    stop_grace_period: 1s',
      ...(service === 'web' ? ['    volumes: ["data:/data"]'] : []),
    ]),
    ...extra,
    'volumes:',
    '  data:',
    `    labels: ["${TEST_LABEL}=${SCOPE}"]`,
  ].join('\n');

const writeProject = (content: string): { dir: string; file: string; project: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-compose-spec-'));
  const file = join(dir, 'docker-compose.yml');
  writeFileSync(file, content);
  const project = uniqueProject();
  started.push({ dir, project });
  return { dir, file, project };
};

const cliCompose = (file: string, project: string, ...args: string[]): Promise<unknown> =>
  execAsync('docker-compose', ['--ansi', 'never', '-f', file, '-p', project, ...args]);

const byLabel = async (kind: 'ps -a' | 'network ls' | 'volume ls', project: string): Promise<string[]> => {
  const out = await docker(
    ...kind.split(' '),
    '-q',
    '--filter',
    `label=com.docker.compose.project=${project}`,
  );
  return out.split('\n').filter((line) => line !== '');
};

/** docker-compose v1 is a Python program; on a loaded 2-core machine one `up` can take 30 s. */
const SLOW = { timeout: 240_000 };

describe('compose projects against the real engine and docker-compose', () => {
  let backend: Backend;
  let dataDir: string;

  const call = <C extends InvokeChannel>(channel: C, req: InvokeRequest<C>): Promise<InvokeResponse<C>> =>
    invokeOk(backend, channel, req);

  const run = async (
    file: string,
    project: string | null,
    command: 'up' | 'down' | 'pull' | 'build' | 'restart',
    volumes = false,
  ): Promise<TaskSummary> => {
    return call('compose.run', { file, project, command, volumes });
  };
  const runToEnd = async (...args: Parameters<typeof run>): Promise<TaskSummary> =>
    backend.tasks.whenEnded((await run(...args)).id);

  const projectInModel = (name: string): ComposeProject | undefined =>
    groupProjects(backend.containers.list()).find((p) => p.name === name);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'berth-compose-data-'));
    backend = backendFor(`unix://${engineSocketPath()}`, { dataDir });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await Promise.all(
      started.map(async ({ dir, project }) => {
        const file = join(dir, 'docker-compose.yml');
        // A broken file cannot be taken down by compose; its project never started anything.
        await cliCompose(file, project, 'down', '-v', '-t', '0').catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      }),
    );
    await removeTestContainers(SCOPE);
    rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);

  it(
    'runs up through the app: both services appear grouped under the project, with its folder and file',
    SLOW,
    async () => {
      const { dir, file, project } = writeProject(twoServiceFile());
      const task = await runToEnd(file, project, 'up');
      expect(task).toMatchObject({ state: 'succeeded', kind: 'compose', title: `Compose up ${project}` });
      // Each container compose created is an item of the task, with its last step.
      expect(task.items.filter((i) => i.id.startsWith(project)).map((i) => [i.id, i.status])).toEqual(
        expect.arrayContaining([
          [`${project}_web_1`, 'Creating done'],
          [`${project}_worker_1`, 'Creating done'],
        ]),
      );

      const grouped = await eventually(() => {
        const p = projectInModel(project);
        expect(p?.running).toBe(2);
        return p as ComposeProject;
      }, 30_000);
      expect(grouped.services.map((s) => s.name)).toEqual(['web', 'worker']);
      expect(grouped.services.map((s) => [s.running, s.total])).toEqual([
        [1, 1],
        [1, 1],
      ]);
      expect(grouped.workingDir).toBe(dir);
      expect(grouped.configFiles).toEqual([file]);
      expect(grouped.services[0]?.containers[0]).toMatchObject({
        number: 1,
        oneoff: false,
        state: 'running',
      });

      // The file is remembered, newest first, in Berth's settings folder.
      const stored = JSON.parse(readFileSync(join(dataDir, 'recent-compose.json'), 'utf8')) as unknown;
      expect(stored).toEqual([expect.objectContaining({ path: file, project })]);
      expect(await call('compose.recent', {})).toMatchObject([{ path: file, project }]);
    },
  );

  it('stops, starts and restarts a whole project through the engine', SLOW, async () => {
    const { file, project } = writeProject(twoServiceFile());
    expect((await runToEnd(file, project, 'up')).state).toBe('succeeded');
    await eventually(() => expect(projectInModel(project)?.running).toBe(2), 30_000);

    const stop = await call('compose.projectAction', { project, action: 'stop' });
    expect(stop.map((o) => o.ok)).toEqual([true, true]);
    await eventually(() => expect(projectInModel(project)).toMatchObject({ running: 0, total: 2 }), 30_000);

    const start = await call('compose.projectAction', { project, action: 'start' });
    expect(start.map((o) => o.ok)).toEqual([true, true]);
    await eventually(() => expect(projectInModel(project)?.running).toBe(2), 30_000);

    const before = await docker('inspect', '-f', '{{.State.StartedAt}}', `${project}_web_1`);
    const restart = await call('compose.projectAction', { project, action: 'restart' });
    expect(restart.map((o) => o.ok)).toEqual([true, true]);
    expect(await docker('inspect', '-f', '{{.State.StartedAt}}', `${project}_web_1`)).not.toBe(before);
    await eventually(() => expect(projectInModel(project)?.running).toBe(2), 30_000);

    // A project with no containers is named in the error, not silently "done".
    expect(
      await backend.router.invoke('compose.projectAction', { project: uniqueProject(), action: 'stop' }, ctx),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('down removes the containers and the network; down -v also the volume', SLOW, async () => {
    const { file, project } = writeProject(twoServiceFile());
    expect((await runToEnd(file, project, 'up')).state).toBe('succeeded');
    expect(await byLabel('network ls', project)).toHaveLength(1);
    expect(await byLabel('volume ls', project)).toHaveLength(1);

    const down = await runToEnd(file, project, 'down');
    expect(down).toMatchObject({ state: 'succeeded', title: `Compose down ${project}` });
    expect(await byLabel('ps -a', project)).toEqual([]);
    expect(await byLabel('network ls', project)).toEqual([]);
    expect(await byLabel('volume ls', project)).toHaveLength(1);
    await eventually(() => expect(projectInModel(project)).toBeUndefined(), 30_000);

    expect((await runToEnd(file, project, 'down', true)).state).toBe('succeeded');
    expect(await byLabel('volume ls', project)).toEqual([]);
  });

  it(
    'adopts a project started with docker-compose on the command line, and removes it through the engine',
    SLOW,
    async () => {
      const { dir, file, project } = writeProject(twoServiceFile());
      await cliCompose(file, project, 'up', '-d');
      const adopted = await eventually(() => {
        const p = projectInModel(project);
        expect(p?.running).toBe(2);
        return p as ComposeProject;
      }, 30_000);
      expect(adopted.workingDir).toBe(dir);
      expect(adopted.services.map((s) => s.name)).toEqual(['web', 'worker']);

      // Running: refused unless confirmed (force), and nothing is removed.
      const refused = await backend.router.invoke(
        'compose.projectRemove',
        { project, volumes: true, force: false },
        ctx,
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await byLabel('ps -a', project)).toHaveLength(2);

      const removed = await call('compose.projectRemove', { project, volumes: true, force: true });
      expect(removed.containers).toHaveLength(2);
      expect([...removed.containers, ...removed.networks, ...removed.volumes].every((o) => o.ok)).toBe(true);
      expect(removed.networks.map((o) => o.ref)).toEqual([`${project}_default`]);
      expect(removed.volumes.map((o) => o.ref)).toEqual([`${project}_data`]);
      expect(await byLabel('ps -a', project)).toEqual([]);
      expect(await byLabel('network ls', project)).toEqual([]);
      expect(await byLabel('volume ls', project)).toEqual([]);
    },
  );

  it('explains a missing compose CLI, naming the commands it tried', SLOW, async () => {
    const { file, project } = writeProject(twoServiceFile());
    const empty = mkdtempSync(join(tmpdir(), 'berth-no-compose-'));
    try {
      const runner = new ComposeRunner({
        connection: backend.connection,
        tasks: backend.tasks,
        hub: backend.hub,
        recent: new RecentComposeStore(dataDir),
        env: () => ({ ...process.env, PATH: empty }),
      });
      const cli = await runner.cli();
      expect(cli).toMatchObject({ available: false });
      if (cli.available) return;
      expect(cli.tried).toEqual([
        'docker compose version --short (not found)',
        'docker-compose version --short (not found)',
      ]);
      const failure: unknown = await runner.run({ file, project, command: 'up', volumes: false }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(failure).toMatchObject({ code: 'UNSUPPORTED' });
      expect((failure as Error).message).toMatch(
        /No compose CLI found.*Tried: docker compose version --short \(not found\); docker-compose/s,
      );
      expect(await byLabel('ps -a', project)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    // On this machine the real one is found: v1 from Debian (v2 is not packaged here).
    const found = await call('compose.cli', {});
    expect(found).toMatchObject({ available: true, flavour: 'v1', command: 'docker-compose' });
    expect(found.available && found.version).toMatch(/^1\.\d+/);
  });

  it('fails a run on a broken compose file with the CLI’s own message', SLOW, async () => {
    const { file, project } = writeProject('version: "2.4"\nservices:\n  web:\n    imag: nope\n');
    const task = await runToEnd(file, project, 'up');
    expect(task.state).toBe('failed');
    expect(task.message).toMatch(/docker-compose up -d exited with code 1/);
    expect(task.message).toMatch(/Unsupported config option for services\.web: 'imag'/);
  });

  it('refuses paths that are not an existing regular file, before running anything', SLOW, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-compose-bad-'));
    try {
      const cases: [string, string][] = [
        [join(dir, 'missing.yml'), 'NOT_FOUND'],
        [dir, 'VALIDATION'],
        ['relative/docker-compose.yml', 'VALIDATION'],
        [`${dir}/a\0b`, 'VALIDATION'],
        ['/'.repeat(5000), 'VALIDATION'],
      ];
      for (const [file, code] of cases) {
        const res = await backend.router.invoke(
          'compose.run',
          { file, project: null, command: 'up', volumes: false },
          ctx,
        );
        expect(res, file.slice(0, 60)).toMatchObject({ ok: false, error: { code } });
      }
      const badName = await backend.router.invoke(
        'compose.run',
        { file: join(dir, 'x.yml'), project: 'Bad Name', command: 'up', volumes: false },
        ctx,
      );
      expect(badName).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cancelling a long up ends the task as cancelled and kills compose', SLOW, async () => {
    // `up` waits for web to be healthy before starting worker; web never is.
    const { file, project } = writeProject(
      [
        'version: "2.4"',
        'services:',
        '  web:',
        `    image: ${TEST_IMAGE}`,
        `    command: ${TICK}`,
        `    labels: ["${TEST_LABEL}=${SCOPE}"]`,
        '    stop_grace_period: 1s',
        '    healthcheck: {test: ["CMD", "false"], interval: 1s, retries: 10000}',
        '  worker:',
        `    image: ${TEST_IMAGE}`,
        `    command: ${TICK}`,
        `    labels: ["${TEST_LABEL}=${SCOPE}"]`,
        '    depends_on: {web: {condition: service_healthy}}',
      ].join('\n'),
    );
    const task = await run(file, project, 'up');
    // Wait until compose is really waiting (web created), then cancel.
    await eventually(async () => expect(await byLabel('ps -a', project)).toHaveLength(1), 30_000);
    backend.tasks.cancel(task.id);
    const ended = await backend.tasks.whenEnded(task.id);
    expect(ended).toMatchObject({ state: 'cancelled', message: 'Cancelled.' });
    const { stdout } = await execAsync('ps', ['-eo', 'args']);
    expect(stdout.split('\n').filter((line) => line.includes(project))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});
