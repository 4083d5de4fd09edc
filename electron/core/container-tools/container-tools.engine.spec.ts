import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../../shared/contract/types.js';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  removeTestContainers,
  TEST_IMAGE,
  TEST_LABEL,
} from '../testing/docker-cli.js';
import { backendFor, invokeOk, invokeRefused, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'container-tools';
const suffix = randomBytes(3).toString('hex');
const name = (what: string): string => `berth-tools-${what}-${suffix}`;
const LABEL = `${TEST_LABEL}=${SCOPE}`;

const compose = (project: string, stdin: string, ...args: string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = execFile(
      'docker-compose',
      ['--ansi', 'never', '-f', '-', '-p', project, ...args],
      { maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`docker-compose ${args.join(' ')}: ${stderr}`));
        else resolve(stdout);
      },
    );
    child.stdin?.end(stdin);
  });

const tarEntries = (source: Readable): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const names: string[] = [];
    const tar = extract();
    tar.on('entry', (header, body, next) => {
      names.push(header.name);
      body.on('end', next);
      body.resume();
    });
    tar.on('finish', () => {
      resolve(names);
    });
    tar.on('error', reject);
    source.on('error', reject);
    source.pipe(tar);
  });

type Doc = Record<string, unknown>;
/** The CLI sends `[]` where compose sends nothing: both mean "none". */
const list = (value: unknown): unknown => (Array.isArray(value) && value.length === 0 ? null : value);
const inspect = async (ref: string): Promise<Doc> =>
  (JSON.parse(await docker('inspect', ref)) as Doc[])[0] ?? {};

/** The settings a user set, as inspect shows them, without what the engine or compose derive. */
const settingsOf = (doc: Doc): Doc => {
  const config = doc['Config'] as Doc;
  const host = doc['HostConfig'] as Doc;
  const labels = Object.entries((config['Labels'] ?? {}) as Record<string, string>).filter(
    ([k]) => !k.startsWith('com.docker.compose.'),
  );
  const networks = Object.entries(
    ((doc['NetworkSettings'] as Doc)['Networks'] ?? {}) as Record<string, { Aliases: string[] | null }>,
  ).map(([net, s]) => [net, (s.Aliases ?? []).filter((a) => a.startsWith('alias-'))]);
  const mounts = ((doc['Mounts'] ?? []) as Doc[]).map((m) => [
    m['Type'],
    m['Name'] ?? m['Source'],
    m['Destination'],
    m['RW'],
  ]);
  return {
    image: config['Image'],
    env: [...((config['Env'] ?? []) as string[])].sort(),
    cmd: config['Cmd'],
    entrypoint: config['Entrypoint'],
    healthcheck: config['Healthcheck'],
    user: config['User'],
    workingDir: config['WorkingDir'],
    labels: Object.fromEntries(labels),
    ports: host['PortBindings'],
    restart: host['RestartPolicy'],
    memory: [host['Memory'], host['MemorySwap']],
    cpus: host['NanoCpus'],
    capAdd: list(host['CapAdd']),
    ulimits: list(host['Ulimits']),
    tmpfs: host['Tmpfs'],
    networks: networks.sort(),
    mounts: mounts.sort(),
  };
};

// Commits and docker-compose (a Python program) are slow on a loaded 2-core machine.
describe('rename, commit, export and copy as compose, against the real engine', { timeout: 180_000 }, () => {
  let backend: Backend;
  let dataDir: string;
  const images: string[] = [];
  const projects: { project: string; yaml: string }[] = [];

  const call = <C extends InvokeChannel>(channel: C, req: InvokeRequest<C>): Promise<InvokeResponse<C>> =>
    invokeOk(backend, channel, req);
  const refused = (channel: InvokeChannel, req: unknown): Promise<string> =>
    invokeRefused(backend, channel, req);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'berth-tools-data-'));
    backend = backendFor(`unix://${engineSocketPath()}`, { dataDir });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });

  afterAll(async () => {
    for (const { project, yaml } of projects) await compose(project, yaml, 'down').catch(() => undefined);
    await removeTestContainers(SCOPE);
    for (const image of images) await docker('rmi', '-f', image).catch(() => undefined);
    await docker('network', 'rm', name('net')).catch(() => undefined);
    await docker('volume', 'rm', name('vol')).catch(() => undefined);
    backend.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('renames in place: same id; a bad name is refused and changes nothing', async () => {
    const id = await docker(
      'run',
      '-d',
      '--name',
      name('before'),
      '--label',
      LABEL,
      TEST_IMAGE,
      'sleep',
      '600',
    );
    expect(await refused('containers.rename', { ref: id, name: 'bad name!' })).toBe('VALIDATION');
    await call('containers.rename', { ref: id, name: name('after') });
    const doc = await inspect(name('after'));
    expect(doc['Id']).toBe(id);
    expect(doc['State']).toMatchObject({ Running: true });
    await expect(docker('inspect', name('before'))).rejects.toThrow();
  });

  it('commits to an image whose history has the message and whose config has the changes', async () => {
    const id = await docker(
      'run',
      '-d',
      '--label',
      LABEL,
      TEST_IMAGE,
      'sh',
      '-c',
      'echo made > /made; sleep 600',
    );
    const image = `berth-tools/commit-${suffix}:v1`;
    images.push(image);
    expect(
      await refused('containers.commit', { ref: id, image, changes: ['RUN rm -rf /'], pause: true }),
    ).toBe('VALIDATION');
    const { id: imageId } = await call('containers.commit', {
      ref: id,
      image,
      message: 'berth commit test',
      author: 'Berth Tests <tests@berth.invalid>',
      changes: ['ENV BERTH_COMMITTED=yes', 'LABEL berth.commit=yes'],
      pause: true,
    });
    expect(imageId).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await docker('history', '--no-trunc', '--format', '{{.Comment}}', image)).toContain(
      'berth commit test',
    );
    const doc = (JSON.parse(await docker('image', 'inspect', image)) as Doc[])[0] ?? {};
    expect(doc['Author']).toBe('Berth Tests <tests@berth.invalid>');
    expect((doc['Config'] as Doc)['Env']).toContain('BERTH_COMMITTED=yes');
    expect(await docker('run', '--rm', image, 'cat', '/made')).toBe('made');
  });

  it("exports the container's filesystem as a tar through a download ticket", async () => {
    const id = await docker(
      'run',
      '-d',
      '--label',
      LABEL,
      TEST_IMAGE,
      'sh',
      '-c',
      'mkdir /data; echo hi > /data/marker; sleep 600',
    );
    // The file is written by the container's command: wait for it before exporting.
    for (
      let i = 0;
      i < 100 && !(await docker('exec', id, 'ls', '/data').catch(() => '')).includes('marker');
      i++
    )
      await new Promise((r) => setTimeout(r, 50));
    const ticket = await call('containers.export', { ref: id });
    expect(ticket.filename).toMatch(/\.tar$/);
    const entry = backend.transfers.take(ticket.id, 'download');
    if (entry?.direction !== 'download') throw new Error('no download ticket');
    const names = await tarEntries(await entry.source.open(new AbortController().signal));
    expect(names).toContain('data/marker');
    expect(names.some((n) => n.endsWith('busybox'))).toBe(true);
    expect(await refused('containers.export', { ref: 'no-such-container-berth' })).toBe('NOT_FOUND');
  });

  it('copies three containers on a user network with a named volume as compose that `up` reproduces', async () => {
    await docker('network', 'create', '--label', LABEL, name('net'));
    await docker('volume', 'create', '--label', LABEL, name('vol'));
    const common = ['--label', LABEL, '--network', name('net')];
    const ids = [
      await docker(
        'create',
        ...common,
        '--name',
        name('web'),
        '--network-alias',
        'alias-web',
        '-p',
        '127.0.0.1::8080',
        '-e',
        'MODE=web',
        '--restart',
        'unless-stopped',
        '-m',
        '64m',
        '--cpus',
        '0.5',
        '-v',
        `${name('vol')}:/data`,
        '--health-cmd',
        'true',
        '--health-interval',
        '5s',
        '--health-retries',
        '2',
        '--label',
        'tier=front',
        TEST_IMAGE,
        'sleep',
        '600',
      ),
      await docker(
        'create',
        ...common,
        '--name',
        name('worker'),
        '-v',
        `${name('vol')}:/data:ro`,
        '-e',
        'MODE=worker',
        '--cap-add',
        'NET_ADMIN',
        '--ulimit',
        'nofile=512:1024',
        '--tmpfs',
        '/scratch',
        '-w',
        '/data',
        '-u',
        '1000',
        TEST_IMAGE,
        'sleep',
        '600',
      ),
      await docker(
        'create',
        ...common,
        '--name',
        name('cache'),
        '--entrypoint',
        'sh',
        '--restart',
        'on-failure:3',
        TEST_IMAGE,
        '-c',
        'sleep 600',
      ),
    ];
    const { yaml, untranslated } = await call('compose.fromContainers', { containers: ids });
    expect(untranslated).toEqual([]);
    const project = `berthtools${suffix}`;
    projects.push({ project, yaml });
    // compose accepts it as it is…
    await compose(project, yaml, 'config', '-q');
    // …and `up` in a fresh project makes containers with the same settings.
    await compose(project, yaml, 'up', '--no-start');
    for (const id of ids) {
      const original = await inspect(id);
      const service = (original['Name'] as string).replace(/^\//, '');
      const made =
        (
          await docker(
            'ps',
            '-aq',
            '--filter',
            `label=com.docker.compose.project=${project}`,
            '--filter',
            `label=com.docker.compose.service=${service}`,
          )
        ).split('\n')[0] ?? '';
      expect(made, service).not.toBe('');
      expect(settingsOf(await inspect(made)), service).toEqual(settingsOf(original));
    }
  });
});
