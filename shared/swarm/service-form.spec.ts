import { describe, expect, it } from 'vitest';
import { serviceCreateArgv, serviceCreateCommand } from './service-argv.js';
import {
  emptyServiceForm,
  serviceFormProblems,
  serviceFormSchema,
  type ServiceForm,
} from './service-form.js';
import { serviceFormFromSpec } from './service-from-spec.js';
import { serviceSpecFromForm } from './service-spec.js';

const form = (over: Partial<ServiceForm> = {}): ServiceForm => ({
  ...emptyServiceForm('busybox:latest'),
  name: 'web',
  ...over,
});
const ids = { secrets: { db: 'sec1' }, configs: { nginx: 'cfg1' } };

describe('service form → engine spec and CLI preview', () => {
  it('a default form is the CLI’s defaults: only name and image in the preview', () => {
    expect(serviceCreateArgv(form())).toEqual([
      'docker',
      'service',
      'create',
      '--name',
      'web',
      'busybox:latest',
    ]);
    const spec = serviceSpecFromForm(form(), ids);
    expect(spec.Mode).toEqual({ Replicated: { Replicas: 1 } });
    expect(spec.UpdateConfig).toEqual({
      Parallelism: 1,
      Delay: 0,
      FailureAction: 'pause',
      Monitor: 5e9,
      MaxFailureRatio: 0,
      Order: 'stop-first',
    });
    expect(spec.TaskTemplate.RestartPolicy).toEqual({ Condition: 'any', Delay: 5e9, MaxAttempts: 0 });
  });

  it('carries every section into both', () => {
    const full = form({
      mode: 'global',
      args: ['sh', '-c', 'echo "a b"'],
      ports: [
        { target: 80, published: 8080, protocol: 'tcp', mode: 'ingress' },
        { target: 53, published: null, protocol: 'udp', mode: 'host' },
      ],
      env: ['A=1'],
      mounts: [{ type: 'volume', source: 'data', target: '/data', readOnly: true }],
      networks: ['back'],
      constraints: ['node.role==manager'],
      spreadOver: ['node.labels.zone'],
      resources: {
        cpuLimit: 0.5,
        memoryLimit: 64 * 1024 * 1024,
        cpuReservation: null,
        memoryReservation: null,
      },
      restart: { condition: 'on-failure', delaySeconds: 2, maxAttempts: 3 },
      update: {
        parallelism: 2,
        delaySeconds: 10,
        failureAction: 'rollback',
        order: 'start-first',
        maxFailureRatio: 0.5,
        monitorSeconds: 5,
      },
      secrets: [{ name: 'db', target: 'db.txt' }],
      configs: [{ name: 'nginx', target: '' }],
      labels: { team: 'a' },
    });
    const spec = serviceSpecFromForm(full, ids);
    expect(spec.Mode).toEqual({ Global: {} });
    expect(spec.EndpointSpec.Ports).toEqual([
      { Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' },
      { Protocol: 'udp', TargetPort: 53, PublishMode: 'host' },
    ]);
    expect(spec.TaskTemplate.ContainerSpec.Secrets).toEqual([
      { File: { Name: 'db.txt', UID: '0', GID: '0', Mode: 0o444 }, SecretID: 'sec1', SecretName: 'db' },
    ]);
    expect(spec.TaskTemplate.ContainerSpec.Configs[0]?.File.Name).toBe('/nginx');
    expect(spec.TaskTemplate.Resources.Limits).toEqual({ NanoCPUs: 5e8, MemoryBytes: 64 * 1024 * 1024 });
    expect(spec.TaskTemplate.Placement.Preferences).toEqual([
      { Spread: { SpreadDescriptor: 'node.labels.zone' } },
    ]);
    expect(serviceCreateCommand(full)).toBe(
      [
        'docker service create --name web --mode global',
        '--publish published=8080,target=80 --publish mode=host,target=53,protocol=udp',
        '--env A=1 --mount type=volume,source=data,target=/data,readonly=true --network back',
        '--constraint node.role==manager --placement-pref spread=node.labels.zone',
        '--limit-cpu 0.5 --limit-memory 67108864',
        '--restart-condition on-failure --restart-delay 2s --restart-max-attempts 3',
        '--update-parallelism 2 --update-delay 10s --update-failure-action rollback --update-order start-first --update-max-failure-ratio 0.5',
        '--secret source=db,target=db.txt --config source=nginx,target=/nginx --label team=a',
        'busybox:latest sh -c \'echo "a b"\'',
      ].join(' '),
    );
  });

  it('reads a spec back into the same form (what Edit settings starts from)', () => {
    const full = form({
      mode: 'replicated',
      replicas: 3,
      args: ['sh', '-c', 'x'],
      ports: [{ target: 80, published: null, protocol: 'tcp', mode: 'host' }],
      env: ['A=1'],
      mounts: [{ type: 'tmpfs', source: '', target: '/tmp', readOnly: false }],
      networks: ['back'],
      constraints: ['node.role==manager'],
      spreadOver: ['node.labels.zone'],
      resources: {
        cpuLimit: 0.25,
        memoryLimit: 8 * 1024 * 1024,
        cpuReservation: 0.1,
        memoryReservation: 1024,
      },
      restart: { condition: 'none', delaySeconds: 1.5, maxAttempts: 2 },
      rollback: {
        parallelism: 0,
        delaySeconds: 2,
        failureAction: 'continue',
        order: 'start-first',
        maxFailureRatio: 0.2,
        monitorSeconds: 1,
      },
      secrets: [{ name: 'db', target: 'other' }],
      configs: [{ name: 'nginx', target: '' }],
      labels: { a: 'b' },
    });
    const spec = JSON.parse(JSON.stringify(serviceSpecFromForm(full, ids))) as unknown;
    expect(serviceFormFromSpec(spec)).toEqual(full);
    const pinned = {
      ...(spec as object),
      TaskTemplate: { ContainerSpec: { Image: `busybox:latest@sha256:${'0'.repeat(64)}` } },
    };
    expect(serviceFormFromSpec(pinned).image).toBe('busybox:latest');
  });

  it('names a secret that does not exist instead of sending a broken spec', () => {
    expect(() => serviceSpecFromForm(form({ secrets: [{ name: 'nope', target: '' }] }), ids)).toThrow(
      'The secret nope does not exist.',
    );
  });

  it('refuses bad input with field paths, and treats the host-port advice as a hint only', () => {
    const bad = form({
      image: 'UPPER/Case',
      env: ['NOEQUALS', '=x'],
      mounts: [{ type: 'bind', source: 'relative', target: 'rel', readOnly: false }],
      constraints: ['node.role'],
      ports: [
        { target: 80, published: 8080, protocol: 'tcp', mode: 'host' },
        { target: 81, published: 8080, protocol: 'tcp', mode: 'ingress' },
      ],
      replicas: 2,
      secrets: [
        { name: 'a', target: '../x' },
        { name: 'a', target: '' },
      ],
    });
    const problems = serviceFormProblems(bad);
    expect(Object.keys(problems).sort()).toEqual(
      [
        'image',
        'env.0',
        'env.1',
        'mounts.0.source',
        'mounts.0.target',
        'constraints.0',
        'ports.1.published',
        'ports.hint',
        'secrets.0.target',
        'secrets.1.name',
      ].sort(),
    );
    const parsed = serviceFormSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).not.toContain('ports.hint');
    const onlyHint = form({
      replicas: 2,
      ports: [{ target: 80, published: 8080, protocol: 'tcp', mode: 'host' }],
    });
    expect(serviceFormSchema.safeParse(onlyHint).success).toBe(true);
  });

  it('refuses names that are not DNS labels and unknown keys', () => {
    expect(serviceFormSchema.safeParse(form({ name: 'a_b' })).success).toBe(false);
    expect(serviceFormSchema.safeParse(form({ name: '-a' })).success).toBe(false);
    expect(serviceFormSchema.safeParse({ ...form(), extra: 1 }).success).toBe(false);
  });
});
