import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { ContainerForm, PortCheck, RunCreated } from '../../../shared/contract/run.js';
import { formToArgv, formToCommand } from '../../../shared/run/run-argv.js';
import { emptyForm, type RunForm } from '../../../shared/run/run-form.js';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath, eventually, TEST_IMAGE, TEST_LABEL } from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';
import { freePort } from './port-check.js';

const SCOPE = 'run-engine';
const PREFIX = 'berth-run-e-';
const NETWORK = `${PREFIX}net`;
const VOLUME = `${PREFIX}vol`;
const ctx = { clientId: 'test' };
const sh = promisify(execFile);

type Json = Record<string, unknown>;

const inspect = async (ref: string): Promise<Json> =>
  (JSON.parse(await docker('inspect', ref)) as Json[])[0] ?? {};

/** The inspect-level settings the dialog controls, normalised for comparison. */
const settingsOf = (doc: Json) => {
  const config = doc.Config as Json;
  const host = doc.HostConfig as Json;
  const mounts = ((doc.Mounts as Json[] | null) ?? [])
    .map((m) => ({
      type: m.Type,
      name: m.Type === 'volume' ? m.Name : undefined,
      source: m.Type === 'bind' ? m.Source : undefined,
      destination: m.Destination,
      rw: m.RW,
    }))
    .sort((a, b) => String(a.destination).localeCompare(String(b.destination)));
  return {
    name: doc.Name,
    image: config.Image,
    cmd: config.Cmd,
    entrypoint: config.Entrypoint,
    env: [...((config.Env as string[] | null) ?? [])].sort(),
    labels: config.Labels,
    exposed: Object.keys((config.ExposedPorts as Json | null) ?? {}).sort(),
    tty: config.Tty,
    openStdin: config.OpenStdin,
    workingDir: config.WorkingDir,
    user: config.User,
    hostname: (config.Hostname as string) === (doc.Id as string).slice(0, 12) ? '(default)' : config.Hostname,
    portBindings: host.PortBindings,
    publishAll: host.PublishAllPorts,
    mounts,
    networkMode: ['default', 'bridge'].includes(host.NetworkMode as string) ? 'default' : host.NetworkMode,
    networks: Object.keys(((doc.NetworkSettings as Json).Networks as Json | null) ?? {}).sort(),
    restart: host.RestartPolicy,
    memory: host.Memory,
    nanoCpus: host.NanoCpus,
    autoRemove: host.AutoRemove,
    privileged: host.Privileged,
    capAdd: host.CapAdd ?? null,
    capDrop: host.CapDrop ?? null,
    readOnlyRootfs: host.ReadonlyRootfs,
    extraHosts: host.ExtraHosts ?? null,
  };
};

const countOurs = async (): Promise<number> => {
  const ids = await docker('ps', '-aq', '--filter', `label=${TEST_LABEL}=${SCOPE}`);
  return ids === '' ? 0 : ids.split('\n').length;
};

const listen = (host: string, port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host }, () => {
      resolve(server);
    });
  });

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });

const fetchText = async (port: number, path = '/index.html'): Promise<string> => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.text()).trim();
};

const labels = (extra: Record<string, string> = {}) => [
  { key: TEST_LABEL, value: SCOPE },
  ...Object.entries(extra).map(([key, value]) => ({ key, value })),
];

describe('run dialog backend against the real engine', () => {
  let backend: Backend;
  let bindDir: string;

  const invoke = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await backend.router.invoke(channel, payload, ctx);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const refuse = async (channel: string, payload: unknown): Promise<ErrorEnvelope> => {
    const result = await backend.router.invoke(channel, payload, ctx);
    if (result.ok) throw new Error(`expected ${channel} to fail, got ${JSON.stringify(result.value)}`);
    return result.error;
  };

  beforeAll(async () => {
    bindDir = mkdtempSync(join(tmpdir(), 'berth-run-bind-'));
    await docker('network', 'create', '--label', `${TEST_LABEL}=${SCOPE}`, NETWORK);
    await docker('volume', 'create', '--label', `${TEST_LABEL}=${SCOPE}`, VOLUME);
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });

  afterAll(async () => {
    backend.dispose();
    const ids = await docker('ps', '-aq', '--filter', `label=${TEST_LABEL}=${SCOPE}`);
    if (ids) await docker('rm', '-f', '-v', ...ids.split('\n'));
    // Anchored: a bare name filter matches anywhere in a name, and the engine may be someone's own.
    const leftovers = await docker('ps', '-aq', '--filter', `name=^${PREFIX}`);
    if (leftovers) await docker('rm', '-f', ...leftovers.split('\n'));
    await docker('network', 'rm', NETWORK).catch(() => '');
    const volumes = await docker('volume', 'ls', '-q', '--filter', `name=^${PREFIX}`);
    if (volumes) await docker('volume', 'rm', '-f', ...volumes.split('\n'));
    rmSync(bindDir, { recursive: true, force: true });
  });

  const fullForm = async (name: string): Promise<RunForm> => ({
    ...emptyForm(TEST_IMAGE),
    name,
    command: `sh -c 'sleep 3600'`,
    ports: [
      { hostIp: '127.0.0.1', hostPort: String(await freePort()), containerPort: '8080', protocol: 'tcp' },
      { hostIp: '127.0.0.1', hostPort: String(await freePort()), containerPort: '53', protocol: 'udp' },
    ],
    env: [
      { key: 'ONE', value: '1' },
      { key: 'TWO', value: 'two words' },
      { key: 'THREE', value: `it's "quoted" $HOME` },
    ],
    mounts: [
      { kind: 'volume', source: VOLUME, target: '/data', readOnly: false },
      { kind: 'bind', source: bindDir, target: '/host', readOnly: true },
    ],
    network: NETWORK,
    restart: 'on-failure',
    restartMaxRetries: '2',
    memory: '48m',
    labels: labels({ 'com.example.role': 'web server' }),
  });

  it(
    'creates exactly what the form says, and the preview command creates the same container',
    { timeout: 120_000 },
    async () => {
      const form = await fullForm(`${PREFIX}full`);
      const created = await invoke<RunCreated>('run.create', { form });
      expect(created).toMatchObject({ name: `${PREFIX}full`, started: true });
      const viaDialog = await inspect(created.id);
      const settings = settingsOf(viaDialog);
      expect(settings).toMatchObject({
        name: `/${PREFIX}full`,
        image: TEST_IMAGE,
        cmd: ['sh', '-c', 'sleep 3600'],
        labels: { [TEST_LABEL]: SCOPE, 'com.example.role': 'web server' },
        exposed: ['53/udp', '8080/tcp'],
        portBindings: {
          '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: form.ports[0]?.hostPort }],
          '53/udp': [{ HostIp: '127.0.0.1', HostPort: form.ports[1]?.hostPort }],
        },
        mounts: [
          { type: 'volume', name: VOLUME, destination: '/data', rw: true },
          { type: 'bind', source: bindDir, destination: '/host', rw: false },
        ],
        networkMode: NETWORK,
        networks: [NETWORK],
        restart: { Name: 'on-failure', MaximumRetryCount: 2 },
        memory: 48 * 1024 * 1024,
      });
      expect(settings.env).toEqual(
        expect.arrayContaining(['ONE=1', 'TWO=two words', `THREE=it's "quoted" $HOME`]),
      );
      expect((viaDialog.State as Json).Running).toBe(true);

      // The preview, pasted into a shell, makes the same container (same name and ports, so the first goes).
      const command = formToCommand(form);
      await docker('rm', '-f', created.id);
      await sh('sh', ['-c', command]);
      const viaShell = await inspect(`${PREFIX}full`);
      expect(viaShell.Id).not.toBe(viaDialog.Id);
      expect(settingsOf(viaShell)).toEqual(settings);
    },
  );

  it.each<[string, Partial<RunForm>, string]>([
    [
      'host port 99999',
      { ports: [{ hostIp: '', hostPort: '99999', containerPort: '80', protocol: 'tcp' }] },
      'ports.0.hostPort',
    ],
    [
      'host port abc',
      { ports: [{ hostIp: '', hostPort: 'abc', containerPort: '80', protocol: 'tcp' }] },
      'ports.0.hostPort',
    ],
    [
      'host port 0',
      { ports: [{ hostIp: '', hostPort: '0', containerPort: '80', protocol: 'tcp' }] },
      'ports.0.hostPort',
    ],
    [
      'host port 80-70',
      { ports: [{ hostIp: '', hostPort: '80-70', containerPort: '80', protocol: 'tcp' }] },
      'ports.0.hostPort',
    ],
    ['env =bar', { env: [{ key: '', value: 'bar' }] }, 'env.0.key'],
    // A blank in a name is fine (the CLI sends '-e MY VAR=1' as is); a "=" would split it.
    ['env name with "="', { env: [{ key: 'A=B', value: '1' }] }, 'env.0.key'],
    [
      'a relative container path',
      { mounts: [{ kind: 'volume', source: '', target: 'data', readOnly: false }] },
      'mounts.0.target',
    ],
    ['a bad memory unit', { memory: '12x' }, 'memory'],
    ['a name Docker refuses', { name: 'my container' }, 'name'],
    ['a one-letter name', { name: 'a' }, 'name'],
  ])('refuses %s before the engine sees it', async (_what, patch, path) => {
    const before = await countOurs();
    const form: RunForm = { ...emptyForm(TEST_IMAGE), labels: labels(), command: 'sleep 3600', ...patch };
    const error = await refuse('run.create', { form });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path)).toContain(`form.${path}`);
    expect(await countOurs()).toBe(before);
  });

  it('flags host ports taken by a program or another container, by number', async () => {
    const [local, any, byContainer, free] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    const servers = await Promise.all([listen('127.0.0.1', local), listen('0.0.0.0', any)]);
    await docker(
      'run',
      '-d',
      '--name',
      `${PREFIX}holder`,
      '--label',
      `${TEST_LABEL}=${SCOPE}`,
      '-p',
      `127.0.0.1:${byContainer}:80`,
      TEST_IMAGE,
      'sleep',
      '3600',
    );
    try {
      const checks = await invoke<PortCheck[]>('run.checkPorts', {
        ports: [local, any, byContainer, free].map((hostPort) => ({ hostIp: '', hostPort, protocol: 'tcp' })),
      });
      expect(checks.map((c) => [c.hostPort, c.inUseBy])).toEqual([
        [local, { kind: 'host' }],
        [any, { kind: 'host' }],
        [byContainer, { kind: 'container', name: `${PREFIX}holder` }],
        [free, null],
      ]);
      // A container's own ports are not a conflict when it is the one being edited.
      const own = await invoke<PortCheck[]>('run.checkPorts', {
        ports: [{ hostIp: '127.0.0.1', hostPort: byContainer, protocol: 'tcp' }],
        exclude: `${PREFIX}holder`,
      });
      expect(own[0]?.inUseBy).toBeNull();

      // If the engine still refuses at start, the container stays, as Created, with the engine's reason.
      for (const hostPort of [local, byContainer]) {
        const form: RunForm = {
          ...emptyForm(TEST_IMAGE),
          labels: labels(),
          command: 'sleep 3600',
          ports: [{ hostIp: '127.0.0.1', hostPort: String(hostPort), containerPort: '80', protocol: 'tcp' }],
        };
        const result = await invoke<RunCreated>('run.create', { form });
        expect(result.started).toBe(false);
        expect(result.startError).toMatch(
          new RegExp(`${hostPort}.*(already in use|already allocated)|already allocated`),
        );
        const doc = await inspect(result.id);
        expect((doc.State as Json).Status).toBe('created');
      }
    } finally {
      await Promise.all(servers.map(close));
    }
  });

  it('fixes a container the engine created but could not start, by editing it', async () => {
    const name = `${PREFIX}fix`;
    const [blocked, free] = await Promise.all([freePort(), freePort()]);
    const blocker = await listen('127.0.0.1', blocked);
    try {
      const form: RunForm = {
        ...emptyForm(TEST_IMAGE),
        name,
        labels: labels(),
        command: 'sleep 3600',
        ports: [{ hostIp: '127.0.0.1', hostPort: String(blocked), containerPort: '80', protocol: 'tcp' }],
      };
      const created = await invoke<RunCreated>('run.create', { form });
      expect(created).toMatchObject({ name, started: false });
      expect(created.startError).toMatch(new RegExp(`${blocked}.*address already in use`));
      const fixed = await invoke<RunCreated>('run.edit', {
        ref: created.id,
        form: { ...form, ports: [{ ...form.ports[0], hostPort: String(free) }] },
      });
      expect(fixed).toMatchObject({ name, started: true });
      const doc = await inspect(name);
      expect((doc.State as Json).Running).toBe(true);
      expect((doc.HostConfig as Json).PortBindings).toEqual({
        '80/tcp': [{ HostIp: '127.0.0.1', HostPort: String(free) }],
      });
      await expect(inspect(created.id)).rejects.toThrow();
    } finally {
      await close(blocker);
    }
  });

  it('suggests free host ports for the ports an image exposes, and says when an image is missing', async () => {
    const tag = `berth-test/run-exposed:${process.pid}`;
    const dir = mkdtempSync(join(tmpdir(), 'berth-run-img-'));
    try {
      await sh('sh', [
        '-c',
        `printf 'FROM ${TEST_IMAGE}\\nEXPOSE 8080 53/udp\\nENV GREETING=hi\\nLABEL ${TEST_LABEL}=${SCOPE}\\n' > ${dir}/Dockerfile`,
      ]);
      await docker('build', '-q', '-t', tag, dir);
      const info = await invoke<{
        exposedPorts: string[];
        suggestedHostPorts: Record<string, number>;
        env: string[];
      }>('run.imageDefaults', { image: tag });
      expect(info.exposedPorts.sort()).toEqual(['53/udp', '8080/tcp']);
      expect(info.env).toContain('GREETING=hi');
      for (const key of info.exposedPorts) expect(info.suggestedHostPorts[key]).toBeGreaterThanOrEqual(1024);
      const images = await invoke<{ ref: string }[]>('run.localImages', {});
      expect(images.map((i) => i.ref)).toEqual(expect.arrayContaining([TEST_IMAGE, tag]));
      expect(await refuse('run.imageDefaults', { image: 'berth-test/not-here:nope' })).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await refuse('run.imageDefaults', { image: '../../containers/x' })).toMatchObject({
        code: 'VALIDATION',
      });
    } finally {
      await docker('rmi', '-f', tag).catch(() => '');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(
    'edits a running container’s ports keeping its name and volume data; a failed apply leaves it untouched',
    { timeout: 120_000 },
    async () => {
      const name = `${PREFIX}edit`;
      const [first, second, blocked] = await Promise.all([freePort(), freePort(), freePort()]);
      const form: RunForm = {
        ...emptyForm(TEST_IMAGE),
        name,
        // PID 1 ignores SIGTERM unless it handles it: trap it, so stopping takes no 10 s grace.
        command: `sh -c 'trap "exit 0" TERM; httpd -f -p 8080 -h /data & wait'`,
        labels: labels(),
        mounts: [{ kind: 'volume', source: `${PREFIX}edit-data`, target: '/data', readOnly: false }],
        ports: [{ hostIp: '127.0.0.1', hostPort: String(first), containerPort: '8080', protocol: 'tcp' }],
      };
      const created = await invoke<RunCreated>('run.create', { form });
      expect(created.started).toBe(true);
      await docker('exec', name, 'sh', '-c', 'echo kept > /data/index.html');
      expect(await eventually(() => fetchText(first), 10_000)).toBe('kept');

      const current = await invoke<ContainerForm>('run.fromContainer', { ref: name });
      expect(current.form.ports).toEqual(form.ports);
      const edited = await invoke<RunCreated>('run.edit', {
        ref: name,
        form: { ...current.form, ports: [{ ...form.ports[0], hostPort: String(second) }] },
      });
      expect(edited).toMatchObject({ name, started: true });
      expect(edited.id).not.toBe(created.id);
      await expect(inspect(created.id)).rejects.toThrow();
      expect(await docker('exec', name, 'cat', '/data/index.html')).toBe('kept');
      expect(await eventually(() => fetchText(second), 10_000)).toBe('kept');
      await expect(fetchText(first)).rejects.toThrow();

      // Forced failure: the new container cannot start (its host port is taken).
      const before = settingsOf(await inspect(name));
      const blocker = await listen('127.0.0.1', blocked);
      try {
        const error = await refuse('run.edit', {
          ref: name,
          form: { ...current.form, ports: [{ ...form.ports[0], hostPort: String(blocked) }] },
        });
        expect(error.message).toMatch(/address already in use/);
        expect(error.message).toMatch(/unchanged and running again/);
      } finally {
        await close(blocker);
      }
      const after = await inspect(name);
      expect(after.Id).toBe(edited.id);
      expect((after.State as Json).Running).toBe(true);
      expect(settingsOf(after)).toEqual(before);
      expect(await eventually(() => fetchText(second), 10_000)).toBe('kept');
      expect(await docker('ps', '-aq', '--filter', `name=${name}-berth-edit`)).toBe('');
    },
  );

  it(
    'round-trips "Copy as docker run" for a dialog-made and a CLI-made container',
    { timeout: 120_000 },
    async () => {
      const dialogForm = { ...(await fullForm(`${PREFIX}copy-dialog`)), memory: '64m', cpus: '0.5' };
      await invoke<RunCreated>('run.create', { form: dialogForm });
      const [p1, p2] = await Promise.all([freePort(), freePort()]);
      await docker(
        'run',
        '-d',
        '--name',
        `${PREFIX}copy-cli`,
        '--label',
        `${TEST_LABEL}=${SCOPE}`,
        '--label',
        'x.y=a b',
        '-p',
        `127.0.0.1:${p1}:80`,
        '-p',
        `127.0.0.1:${p2}:53/udp`,
        '-p',
        '127.0.0.1::81',
        '-e',
        'A=1',
        '-e',
        'B=two words',
        '-v',
        `${VOLUME}:/data`,
        '-v',
        `${bindDir}:/host:ro`,
        '-v',
        '/anon',
        '--network',
        NETWORK,
        '--restart',
        'unless-stopped',
        '--memory',
        '48m',
        '--cpus',
        '0.25',
        '--cap-add',
        'NET_ADMIN',
        '--cap-drop',
        'MKNOD',
        '--read-only',
        '--hostname',
        'cli-host',
        '--add-host',
        'db.local:10.1.2.3',
        '-w',
        '/tmp',
        '-u',
        '1000:1000',
        '-t',
        '-i',
        '--entrypoint',
        'sh',
        TEST_IMAGE,
        '-c',
        'sleep 3600',
      );
      for (const name of [`${PREFIX}copy-dialog`, `${PREFIX}copy-cli`]) {
        const original = await inspect(name);
        const { form } = await invoke<ContainerForm>('run.fromContainer', { ref: name });
        const command = formToCommand(form);
        expect(formToArgv(form).slice(0, 3)).toEqual(['docker', 'run', '-d']);
        // -v: the original's anonymous volume would outlive it, unlabelled and unnamed (the copy gets its own).
        await docker('rm', '-f', '-v', name);
        await sh('sh', ['-c', command]);
        const copy = await inspect(name);
        expect(copy.Id).not.toBe(original.Id);
        const expected = settingsOf(original);
        // An anonymous volume is a new one in the copy: same place, new name.
        const anonymous = (m: { name?: unknown }) =>
          typeof m.name === 'string' && /^[0-9a-f]{64}$/.test(m.name);
        const strip = (s: ReturnType<typeof settingsOf>) => ({
          ...s,
          mounts: s.mounts.map((m) => (anonymous(m) ? { ...m, name: '(anonymous)' } : m)),
        });
        expect(strip(settingsOf(copy))).toEqual(strip(expected));
      }
    },
  );
});
