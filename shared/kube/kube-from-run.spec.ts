import { describe, expect, it } from 'vitest';
import { emptyForm, type RunForm } from '../run/run-form.js';
import { kubeManifests, kubeName } from './kube-from-run.js';
import { toYaml } from './yaml-text.js';

const web = (): RunForm => ({
  ...emptyForm('nginx:1.27'),
  name: 'My_Web',
  command: 'nginx -g "daemon off;"',
  ports: [{ hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' }],
  env: [
    { key: 'GREETING', value: 'hello: "world"\n# not a comment' },
    { key: 'EMPTY', value: '' },
  ],
  mounts: [
    { kind: 'volume', source: 'web_data', target: '/usr/share/nginx/html', readOnly: true },
    { kind: 'volume', source: '', target: '/cache', readOnly: false },
    { kind: 'bind', source: '/etc/hosts', target: '/host-hosts', readOnly: true },
  ],
  restart: 'unless-stopped',
  memory: '256m',
  cpus: '0.5',
  labels: [{ key: 'team name', value: 'a b' }],
  network: 'backend',
  capAdd: 'CAP_NET_ADMIN',
  user: 'www-data',
});

describe('Kubernetes YAML from Docker settings', () => {
  it('makes a Deployment, a Service for published ports and a claim per named volume', () => {
    const { objects, untranslated } = kubeManifests([{ name: 'My_Web', form: web() }], {
      kind: 'Deployment',
    });
    expect(objects.map((o) => (o as { kind: string }).kind)).toEqual([
      'Deployment',
      'Service',
      'PersistentVolumeClaim',
    ]);
    const deployment = objects[0] as {
      metadata: { name: string; annotations: Record<string, string> };
      spec: { template: { spec: { containers: Record<string, unknown>[]; volumes: unknown[] } } };
    };
    expect(deployment.metadata.name).toBe('my-web');
    expect(deployment.metadata.annotations).toEqual({ 'team name': 'a b' });
    const [container] = deployment.spec.template.spec.containers;
    expect(container).toMatchObject({
      name: 'my-web',
      image: 'nginx:1.27',
      args: ['nginx', '-g', 'daemon off;'],
      env: [
        { name: 'GREETING', value: 'hello: "world"\n# not a comment' },
        { name: 'EMPTY', value: '' },
      ],
      ports: [{ containerPort: 80, protocol: 'TCP', hostPort: 8080, hostIP: '127.0.0.1' }],
      resources: { limits: { memory: String(256 * 1024 * 1024), cpu: '0.5' } },
      securityContext: { capabilities: { add: ['NET_ADMIN'] } },
      volumeMounts: [
        { name: 'web-data', mountPath: '/usr/share/nginx/html', readOnly: true },
        { name: 'my-web-mount-1', mountPath: '/cache' },
        { name: 'my-web-mount-2', mountPath: '/host-hosts', readOnly: true },
      ],
    });
    expect(deployment.spec.template.spec.volumes).toEqual([
      { name: 'web-data', persistentVolumeClaim: { claimName: 'web-data' } },
      { name: 'my-web-mount-1', emptyDir: {} },
      { name: 'my-web-mount-2', hostPath: { path: '/etc/hosts' } },
    ]);
    expect(objects[1]).toMatchObject({
      spec: { selector: { app: 'my-web' }, ports: [{ port: 8080, targetPort: 80, protocol: 'TCP' }] },
    });
    // Nothing is dropped silently: each of these is named.
    expect(untranslated).toEqual([
      'my-web: user "www-data" (Kubernetes takes numeric ids only: runAsUser/runAsGroup)',
      "my-web: bind mount /etc/hosts → /host-hosts became a hostPath volume (the node's own files)",
      'my-web: network "backend" (pods share one cluster network; reach other workloads through their Services)',
      'my-web: restart "unless-stopped" became Always',
    ]);
  });

  it('keeps a Pod’s restart policy, and lists what a Deployment cannot keep', () => {
    const form = {
      ...emptyForm('busybox'),
      restart: 'on-failure' as const,
      restartMaxRetries: '3',
      autoRemove: true,
    };
    const pod = kubeManifests([{ name: 'job', form }], { kind: 'Pod' });
    expect(pod.objects[0]).toMatchObject({ kind: 'Pod', spec: { restartPolicy: 'OnFailure' } });
    const deployment = kubeManifests([{ name: 'job', form }], { kind: 'Deployment' });
    expect(deployment.untranslated).toContain(
      'job: restart "on-failure" (a Deployment always restarts; use kind Pod to keep it)',
    );
    expect(deployment.untranslated).toContain('job: --rm (remove when stopped)');
    expect(deployment.yaml).toContain('# - job: --rm (remove when stopped)');
  });

  it('shares one claim between workloads that mount the same volume (a compose project)', () => {
    const mount = { kind: 'volume' as const, source: 'shared', target: '/data', readOnly: false };
    const a = { ...emptyForm('busybox'), mounts: [mount] };
    const { objects } = kubeManifests(
      [
        { name: 'a', form: a },
        { name: 'b', form: a },
      ],
      { kind: 'Deployment' },
    );
    expect(objects.filter((o) => (o as { kind: string }).kind === 'PersistentVolumeClaim')).toHaveLength(1);
  });

  it('writes YAML whose strings cannot break out of their value', () => {
    expect(toYaml({ a: 'x\n- y: z', b: ['#c', { d: 1, e: true }], f: {}, g: [] })).toBe(
      'a: "x\\n- y: z"\nb:\n- "#c"\n- d: 1\n  e: true\nf: {}\ng: []\n',
    );
    expect(kubeName('--Über__Service--')).toBe('ber-service');
    expect(kubeName('___')).toBe('app');
  });
});
