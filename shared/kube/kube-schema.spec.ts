import { describe, expect, it } from 'vitest';
import { emptyForm, type RunForm } from '../run/run-form.js';
import { kubeManifests } from './kube-from-run.js';

/**
 * The generated objects against the official Kubernetes OpenAPI schemas, as compiled validators
 * shipped by `kubernetes-models` (a devDependency). Without it installed the file says so and
 * skips, rather than passing.
 */
interface Model {
  validate(): void;
}
type ModelClass = new (data: unknown) => Model;

const load = async (): Promise<Record<string, ModelClass> | null> => {
  try {
    // Specifiers in variables: the package is optional for the typecheck.
    const apps = 'kubernetes-models/apps/v1';
    const core = 'kubernetes-models/v1';
    const [a, c] = (await Promise.all([
      import(/* @vite-ignore */ apps),
      import(/* @vite-ignore */ core),
    ])) as [Record<string, ModelClass>, Record<string, ModelClass>];
    const found = {
      Deployment: a['Deployment'],
      Pod: c['Pod'],
      Service: c['Service'],
      PersistentVolumeClaim: c['PersistentVolumeClaim'],
    };
    return Object.values(found).every((m) => typeof m === 'function')
      ? (found as Record<string, ModelClass>)
      : null;
  } catch {
    return null;
  }
};

const models = await load();

const full = (): RunForm => ({
  ...emptyForm('nginx:1.27'),
  command: 'nginx -g "daemon off;"',
  ports: [
    { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' },
    { hostIp: '', hostPort: '', containerPort: '53', protocol: 'udp' },
  ],
  env: [{ key: 'GREETING', value: 'hello: "world"\n# x' }],
  mounts: [
    { kind: 'volume', source: 'web_data', target: '/data', readOnly: true },
    { kind: 'volume', source: '', target: '/cache', readOnly: false },
    { kind: 'bind', source: '/etc', target: '/h', readOnly: true },
  ],
  memory: '256m',
  cpus: '0.5',
  labels: [{ key: 'team name', value: 'a b' }],
  capAdd: 'NET_ADMIN',
  capDrop: 'ALL',
  user: '1000:1000',
  readOnlyRootfs: true,
  tty: true,
  interactive: true,
  hostname: 'web1',
  extraHosts: 'db.local:10.0.0.5',
  restart: 'on-failure',
});

// Skipped, by this name, when kubernetes-models is not installed.
describe.skipIf(!models)(
  'generated Kubernetes objects validate against the official schemas (kubernetes-models)',
  () => {
    const check = (objects: readonly unknown[]): void => {
      for (const object of objects) {
        const kind = (object as { kind: string }).kind;
        const Model = models?.[kind];
        if (!Model) throw new Error(`no model for ${kind}`);
        new Model(object).validate();
      }
    };

    it.each(['Deployment', 'Pod'] as const)('every setting, as a %s', (kind) => {
      check(kubeManifests([{ name: 'web', form: full() }], { kind }).objects);
    });

    it('the validator refuses a broken object (so passing means something)', () => {
      const { objects } = kubeManifests([{ name: 'web', form: full() }], { kind: 'Pod' });
      const broken = JSON.parse(JSON.stringify(objects[0])) as {
        spec: { containers: { ports: unknown[] }[] };
      };
      broken.spec.containers[0]?.ports.splice(0, 1, { containerPort: 'eighty' });
      expect(() => {
        check([broken]);
      }).toThrow(/must be integer/);
    });
  },
);
