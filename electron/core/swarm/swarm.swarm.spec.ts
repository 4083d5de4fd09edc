import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { serviceCreateArgv } from '../../../shared/swarm/service-argv.js';
import { emptyServiceForm, type ServiceForm } from '../../../shared/swarm/service-form.js';
import type {
  JoinTokens,
  ServiceSummary,
  ServiceTask,
  ServicesChanged,
  StackSummary,
  SwarmNode,
  SwarmObjectSummary,
  SwarmState,
} from '../../../shared/swarm/swarm-types.js';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath, eventually, TEST_IMAGE } from '../testing/docker-cli.js';
import {
  leaveSwarm,
  requireNoSwarm,
  SWARM_SKIP_REASON,
  SWARM_TESTS_ENABLED,
} from '../testing/swarm-guard.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';
import type { ServiceLogChunk } from './service-logs.js';

const ctx = { clientId: 'swarm-test' };

const call = async <T>(backend: Backend, channel: string, payload: unknown): Promise<T> => {
  const result = await backend.router.invoke(channel, payload, ctx);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

const refused = async (
  backend: Backend,
  channel: string,
  payload: unknown,
): Promise<{ code: string; message: string }> => {
  const result = await backend.router.invoke(channel, payload, ctx);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
};

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const inspectSpec = async (name: string): Promise<Record<string, unknown>> =>
  JSON.parse(await docker('service', 'inspect', '--format', '{{json .Spec}}', name)) as Record<
    string,
    unknown
  >;

const httpGet = async (port: number, path: string): Promise<string> => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2_000) });
  return res.text();
};

if (!SWARM_TESTS_ENABLED) console.info(`swarm: skipped — ${SWARM_SKIP_REASON}`);

describe.skipIf(!SWARM_TESTS_ENABLED)('swarm against a real single-node swarm', () => {
  let backend: Backend;
  /** Everything services.changed delivered, in order: "live" means it arrived here. */
  const changes: ServicesChanged[] = [];
  const live = new Map<string, ServiceSummary>();
  let dir: string;

  beforeAll(async () => {
    await requireNoSwarm();
    dir = await mkdtemp(join(tmpdir(), 'berth-swarm-'));
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.hub.subscribe((channel, payload) => {
      if (channel !== 'services.changed') return;
      const change = payload as ServicesChanged;
      changes.push(change);
      if (change.reset) live.clear();
      for (const s of change.upserted) live.set(s.id, s);
      for (const id of change.removed) live.delete(id);
    });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });

  afterAll(async () => {
    backend.dispose();
    await leaveSwarm();
    await rm(dir, { recursive: true, force: true });
  });

  const liveByName = (name: string): ServiceSummary => {
    const found = [...live.values()].find((s) => s.name === name);
    if (!found) throw new Error(`${name} is not in the live list`);
    return found;
  };

  it('refuses service calls before a swarm exists, with a sentence', async () => {
    const error = await refused(backend, 'services.list', {});
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(/not in a swarm/);
    expect((await call<SwarmState>(backend, 'swarm.state', {})).state).toBe('inactive');
  });

  it('initialises on the loopback address and masks join tokens until revealed; rotate changes one', async () => {
    const state = await call<SwarmState>(backend, 'swarm.init', { advertiseAddr: '127.0.0.1' });
    expect(state).toMatchObject({ state: 'active', isManager: true, nodeAddr: '127.0.0.1', managers: 1 });
    const masked = await call<JoinTokens>(backend, 'swarm.joinTokens', { reveal: false });
    const shown = await call<JoinTokens>(backend, 'swarm.joinTokens', { reveal: true });
    const fromCli = await docker('swarm', 'join-token', '-q', 'worker');
    expect(shown.worker).toBe(fromCli);
    expect(masked.worker).not.toContain(fromCli.slice(10, -4));
    expect(masked.worker.endsWith(fromCli.slice(-4))).toBe(true);
    expect(shown.managerAddr).toBe('127.0.0.1:2377');
    await call(backend, 'swarm.rotateToken', { role: 'worker' });
    const after = await call<JoinTokens>(backend, 'swarm.joinTokens', { reveal: true });
    expect(after.worker).not.toBe(shown.worker);
    expect(after.manager).toBe(shown.manager);
    expect(await call<readonly unknown[]>(backend, 'services.list', {})).toEqual([]);
  });

  it('lists its node and changes availability and labels', async () => {
    const [node] = await call<SwarmNode[]>(backend, 'nodes.list', {});
    expect(node).toMatchObject({
      role: 'manager',
      availability: 'active',
      leader: true,
      self: true,
      status: 'ready',
    });
    const id = node?.id ?? '';
    const paused = await call<SwarmNode>(backend, 'nodes.update', {
      id,
      availability: 'pause',
      labels: { zone: 'a' },
    });
    expect(paused).toMatchObject({ availability: 'pause', labels: { zone: 'a' } });
    expect(
      await docker('node', 'inspect', '--format', '{{.Spec.Availability}} {{json .Spec.Labels}}', id),
    ).toBe('pause {"zone":"a"}');
    const back = await call<SwarmNode>(backend, 'nodes.update', { id, availability: 'active', labels: {} });
    expect(back).toMatchObject({ availability: 'active', labels: {} });
    const demote = await refused(backend, 'nodes.update', { id, role: 'worker' });
    expect(demote.code).toBe('CONFLICT');
  });

  const WEB_ARGS = ['sh', '-c', 'trap "exit 0" TERM; httpd -f -p 80 -h /run/secrets & wait'];
  const webForm = (): ServiceForm => ({
    ...emptyServiceForm(TEST_IMAGE),
    name: 'berth-web',
    // As PID 1, httpd would ignore SIGTERM and every scale-down would wait out the 10 s grace
    // period (longer on a busy machine); the shell stops at once.
    args: WEB_ARGS,
    replicas: 2,
    ports: [{ target: 80, published: null, protocol: 'tcp', mode: 'host' }],
    env: ['GREETING=hello swarm'],
    secrets: [{ name: 'berth-web-secret', target: '' }],
  });

  it('creates a secret whose data is never read back', async () => {
    const created = await call<SwarmObjectSummary>(backend, 'secrets.create', {
      name: 'berth-web-secret',
      dataBase64: b64('s3cret value'),
      labels: {},
    });
    const inspected = await call<Record<string, unknown>>(backend, 'secrets.inspect', { id: created.id });
    expect(JSON.stringify(inspected)).not.toContain(b64('s3cret value'));
    expect(JSON.stringify(inspected)).not.toContain('s3cret');
    expect(Object.keys(inspected)).not.toContain('data');
    const list = await call<SwarmObjectSummary[]>(backend, 'secrets.list', {});
    expect(list.map((s) => s.name)).toEqual(['berth-web-secret']);
  });

  it('creates a service from the form exactly as asked: 2 replicas, host port, env, secret', async () => {
    const created = await call<ServiceSummary>(backend, 'services.create', { form: webForm() });
    expect(created).toMatchObject({ name: 'berth-web', mode: 'replicated', desired: 2 });
    const spec = (await inspectSpec('berth-web')) as {
      Mode: unknown;
      EndpointSpec: { Ports: unknown[] };
      TaskTemplate: {
        ContainerSpec: {
          Env: string[];
          Args: string[];
          Secrets: { SecretName: string; File: { Name: string } }[];
        };
      };
    };
    expect(spec.Mode).toEqual({ Replicated: { Replicas: 2 } });
    expect(spec.EndpointSpec.Ports).toEqual([{ Protocol: 'tcp', TargetPort: 80, PublishMode: 'host' }]);
    expect(spec.TaskTemplate.ContainerSpec.Env).toEqual(['GREETING=hello swarm']);
    expect(spec.TaskTemplate.ContainerSpec.Args).toEqual(WEB_ARGS);
    expect(spec.TaskTemplate.ContainerSpec.Secrets.map((s) => [s.SecretName, s.File.Name])).toEqual([
      ['berth-web-secret', 'berth-web-secret'],
    ]);
    // Live: both tasks running arrives as services.changed, without anyone asking.
    await eventually(() => expect(liveByName('berth-web')).toMatchObject({ running: 2, desired: 2 }), 30_000);
  });

  it('serves the host-mode port on 127.0.0.1 from each task, with the secret file inside', async () => {
    // The list counts a task from its container's start; the manager reports the task running
    // up to a second or two later (more on a busy machine).
    const running = await eventually(async () => {
      const tasks = await call<ServiceTask[]>(backend, 'services.tasks', { id: 'berth-web' });
      const now = tasks.filter((t) => t.state === 'running');
      expect(now).toHaveLength(2);
      return now;
    }, 30_000);
    for (const task of running) {
      const port = task.ports[0]?.published;
      expect(port).toBeGreaterThan(0);
      expect(await eventually(() => httpGet(port ?? 0, '/berth-web-secret'), 10_000)).toBe('s3cret value');
      expect(task.nodeName).toBeTruthy();
      expect(task.error).toBeNull();
    }
  });

  it('the "docker service create" preview makes the same service as the form', async () => {
    const argv = serviceCreateArgv({ ...webForm(), name: 'berth-web-cli' });
    expect(argv.slice(0, 3)).toEqual(['docker', 'service', 'create']);
    await docker(...argv.slice(1, 3), '--detach', ...argv.slice(3));
    const fromForm = (await inspectSpec('berth-web')) as {
      TaskTemplate: unknown;
      Mode: unknown;
      EndpointSpec: unknown;
    };
    const fromCli = (await inspectSpec('berth-web-cli')) as {
      TaskTemplate: unknown;
      Mode: unknown;
      EndpointSpec: unknown;
    };
    const comparable = (spec: { TaskTemplate: unknown; Mode: unknown; EndpointSpec: unknown }): unknown => {
      const t = JSON.parse(JSON.stringify(spec.TaskTemplate)) as {
        ContainerSpec: { Secrets?: { SecretID?: string }[]; Isolation?: string; Init?: boolean };
        ForceUpdate?: number;
        Runtime?: string;
        Placement?: { Platforms?: unknown };
      };
      // The CLI writes its flag defaults (isolation "default", init false); unset means the same.
      delete t.ContainerSpec.Isolation;
      if (t.ContainerSpec.Init === false) delete t.ContainerSpec.Init;
      delete t.ForceUpdate;
      delete t.Runtime;
      delete t.Placement?.Platforms;
      return { TaskTemplate: t, Mode: spec.Mode, EndpointSpec: spec.EndpointSpec };
    };
    expect(comparable(fromCli)).toEqual(comparable(fromForm));
    await call(backend, 'services.remove', { id: 'berth-web-cli' });
  });

  it('scales 2 → 3 → 0 → 2 and each step reaches the live list', async () => {
    for (const replicas of [3, 0, 2]) {
      const scaled = await call<ServiceSummary>(backend, 'services.scale', { id: 'berth-web', replicas });
      expect(scaled.desired).toBe(replicas);
      await eventually(
        () => expect(liveByName('berth-web')).toMatchObject({ running: replicas, desired: replicas }),
        30_000,
      );
    }
  });

  it('an update to a missing image shows the engine’s error in plain words; rollback restores the spec', async () => {
    const before = await inspectSpec('berth-web');
    await call(backend, 'services.update', {
      id: 'berth-web',
      image: 'berth-test/no-such-image:1',
      force: false,
    });
    const failed = await eventually(async () => {
      const tasks = await call<ServiceTask[]>(backend, 'services.tasks', { id: 'berth-web' });
      const bad = tasks.find((t) => t.image === 'berth-test/no-such-image:1' && t.error !== null);
      if (!bad)
        throw new Error(
          `no failed task yet: ${JSON.stringify(tasks.map((t) => [t.image, t.state, t.error]))}`,
        );
      return bad;
    }, 60_000);
    expect(failed.error).toMatch(/No such image|not found|pull access denied/i);
    expect(failed.error).not.toBe('rejected');
    await eventually(() => expect(liveByName('berth-web').updateStatus?.state).toBe('paused'), 60_000);
    const rolled = await call<ServiceSummary>(backend, 'services.rollback', { id: 'berth-web' });
    expect(rolled.image).toBe(TEST_IMAGE);
    await eventually(async () => {
      const spec = (await inspectSpec('berth-web')) as { TaskTemplate: { ContainerSpec: { Image: string } } };
      expect(spec.TaskTemplate.ContainerSpec.Image).toBe(
        (before as { TaskTemplate: { ContainerSpec: { Image: string } } }).TaskTemplate.ContainerSpec.Image,
      );
    }, 10_000);
    await eventually(() => expect(liveByName('berth-web')).toMatchObject({ running: 2, desired: 2 }), 60_000);
  });

  it('a crashing task shows its exit code', async () => {
    await call(backend, 'services.create', {
      form: {
        ...emptyServiceForm(TEST_IMAGE),
        name: 'berth-crash',
        args: ['sh', '-c', 'exit 3'],
        restart: { condition: 'none', delaySeconds: 0, maxAttempts: 0 },
      },
    });
    const task = await eventually(async () => {
      const [t] = await call<ServiceTask[]>(backend, 'services.tasks', { id: 'berth-crash' });
      if (t?.state !== 'failed') throw new Error(`task not failed yet: ${JSON.stringify(t)}`);
      return t;
    }, 30_000);
    expect(task.exitCode).toBe(3);
    // The engine's own words for a crash ("task: non-zero exit (3)"), not a bare state.
    expect(task.error).toMatch(/non-zero exit \(3\)/);
    await call(backend, 'services.remove', { id: 'berth-crash' });
  });

  it('streams every task’s log lines with the task’s name', async () => {
    await call(backend, 'services.create', {
      form: {
        ...emptyServiceForm(TEST_IMAGE),
        name: 'berth-logs',
        replicas: 2,
        args: ['sh', '-c', 'echo "line from $(hostname)"; exec sleep 3600'],
      },
    });
    await eventually(() => expect(liveByName('berth-logs').running).toBe(2), 30_000);
    const chunks: ServiceLogChunk[] = [];
    let ended = false;
    const opened = backend.router.subscribe(
      'services.logs',
      { id: 'berth-logs', tail: null, follow: true, timestamps: false },
      { push: (c) => chunks.push(c as ServiceLogChunk), end: () => (ended = true) },
      ctx,
    );
    if (!opened.ok) throw new Error(opened.error.message);
    try {
      await eventually(
        () => expect(new Set(chunks.map((c) => c.task))).toEqual(new Set(['berth-logs.1', 'berth-logs.2'])),
        15_000,
      );
      expect(chunks.every((c) => c.text.startsWith('line from '))).toBe(true);
      expect(ended).toBe(false);
    } finally {
      opened.value.dispose();
    }
    await call(backend, 'services.remove', { id: 'berth-logs' });
  });

  it('refuses removing a secret a service uses, naming the service; removes it once unused', async () => {
    const error = await refused(backend, 'secrets.remove', { id: 'berth-web-secret' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('berth-web');
    await call(backend, 'services.remove', { id: 'berth-web' });
    await eventually(() => expect([...live.values()].map((s) => s.name)).not.toContain('berth-web'), 10_000);
    await call(backend, 'secrets.remove', { id: 'berth-web-secret' });
    expect(await call<SwarmObjectSummary[]>(backend, 'secrets.list', {})).toEqual([]);
  });

  it('offers overlay on a manager and creates an attachable, encrypted overlay network', async () => {
    const list = await call<{ drivers: string[] }>(backend, 'networks.list', {});
    expect(list.drivers).toContain('overlay');
    await call(backend, 'networks.create', {
      name: 'berth-overlay',
      driver: 'overlay',
      internal: false,
      attachable: true,
      encrypted: true,
      labels: {},
      options: {},
    });
    const shown = await docker(
      'network',
      'inspect',
      '--format',
      '{{.Driver}} {{.Scope}} {{.Attachable}} {{json .Options}}',
      'berth-overlay',
    );
    expect(shown).toMatch(/^overlay swarm true \{.*"encrypted":"".*\}$/);
    // Attachable: a plain container (not a task) may join it.
    const id = await docker('run', '-d', '--rm', '--network', 'berth-overlay', TEST_IMAGE, 'sleep', '30');
    await docker('rm', '-f', id);
    await call(backend, 'networks.remove', { ref: 'berth-overlay' });
  });

  it('deploys a stack with two services and an overlay network, lists it, and removes it', async () => {
    const file = join(dir, 'stack.yml');
    await writeFile(
      file,
      [
        'version: "3.8"',
        'services:',
        '  api:',
        `    image: ${TEST_IMAGE}`,
        '    command: ["sleep", "3600"]',
        '    networks: [back]',
        '  worker:',
        `    image: ${TEST_IMAGE}`,
        '    command: ["sleep", "3600"]',
        '    networks: [back]',
        'networks:',
        '  back:',
        '    driver: overlay',
        '',
      ].join('\n'),
    );
    const task = await call<TaskSummary>(backend, 'stacks.deploy', { name: 'berthstack', file });
    await eventually(() => {
      const t = backend.tasks.list().find((x) => x.id === task.id);
      expect(t?.state).toBe('succeeded');
    }, 60_000);
    const stacks = await eventually(async () => {
      const list = await call<StackSummary[]>(backend, 'stacks.list', {});
      expect(list.map((s) => [s.name, s.services.map((x) => x.name).sort()])).toEqual([
        ['berthstack', ['berthstack_api', 'berthstack_worker']],
      ]);
      return list;
    }, 10_000);
    expect(stacks).toHaveLength(1);
    expect(await docker('network', 'inspect', '--format', '{{.Driver}}', 'berthstack_back')).toBe('overlay');
    await call(backend, 'stacks.remove', { name: 'berthstack' });
    await eventually(
      async () => expect(await call<StackSummary[]>(backend, 'stacks.list', {})).toEqual([]),
      10_000,
    );
  });

  it('leaves only when forced (a manager), and service calls are refused again', async () => {
    const unforced = await refused(backend, 'swarm.leave', { force: false });
    expect(unforced.code).toBe('CONFLICT');
    expect(unforced.message).toMatch(/manager/i);
    const state = await call<SwarmState>(backend, 'swarm.leave', { force: true });
    expect(state.state).toBe('inactive');
    expect((await refused(backend, 'services.list', {})).code).toBe('UNSUPPORTED');
    expect((await call<{ drivers: string[] }>(backend, 'networks.list', {})).drivers).not.toContain(
      'overlay',
    );
    expect(changes.at(-1)?.reset).toBe(true);
    // Leaving tears down ingress, the gateway bridge and every service's tasks: seconds, more on a busy machine.
  }, 60_000);
});
