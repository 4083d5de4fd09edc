import { emptyServiceForm, type ServiceForm, type UpdatePolicy } from './service-form.js';

/** The engine's ServiceSpec as JSON (what `services.inspect` answers under `Spec`). */
type Json = Readonly<Record<string, unknown>>;

const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const NS = 1e9;

const policy = (raw: unknown, fallback: UpdatePolicy): UpdatePolicy => {
  const p = obj(raw);
  const action = str(p['FailureAction']);
  const order = str(p['Order']);
  return {
    parallelism: num(p['Parallelism'], fallback.parallelism),
    delaySeconds: num(p['Delay'], fallback.delaySeconds * NS) / NS,
    failureAction:
      action === 'continue' || action === 'rollback' || action === 'pause' ? action : fallback.failureAction,
    order: order === 'start-first' || order === 'stop-first' ? order : fallback.order,
    maxFailureRatio: num(p['MaxFailureRatio'], fallback.maxFailureRatio),
    monitorSeconds: num(p['Monitor'], fallback.monitorSeconds * NS) / NS,
  };
};

/**
 * A service's current spec as the form that would write it: what "Edit settings" starts from.
 * The engine pins images by digest; the form keeps the reference without it, as it was asked.
 */
export const serviceFormFromSpec = (specJson: unknown): ServiceForm => {
  const spec = obj(specJson);
  const template = obj(spec['TaskTemplate']);
  const container = obj(template['ContainerSpec']);
  const resources = obj(template['Resources']);
  const limits = obj(resources['Limits']);
  const reservations = obj(resources['Reservations']);
  const restart = obj(template['RestartPolicy']);
  const placement = obj(template['Placement']);
  const mode = obj(spec['Mode']);
  const base = emptyServiceForm();
  const condition = str(restart['Condition']);
  const nano = (v: unknown): number | null => (typeof v === 'number' && v > 0 ? v / NS : null);
  const bytes = (v: unknown): number | null => (typeof v === 'number' && v > 0 ? v : null);
  return {
    ...base,
    name: str(spec['Name']),
    image: str(container['Image']).replace(/@sha256:[a-f0-9]{64}$/, ''),
    args: arr(container['Args']).map(str),
    mode: 'Global' in mode ? 'global' : 'replicated',
    replicas: num(obj(mode['Replicated'])['Replicas'], 1),
    ports: arr(obj(spec['EndpointSpec'])['Ports']).map((raw) => {
      const p = obj(raw);
      const published = num(p['PublishedPort'], 0);
      return {
        target: num(p['TargetPort'], 0),
        published: published > 0 ? published : null,
        protocol: str(p['Protocol']) === 'udp' ? 'udp' : 'tcp',
        mode: str(p['PublishMode']) === 'host' ? 'host' : 'ingress',
      };
    }),
    env: arr(container['Env']).map(str),
    mounts: arr(container['Mounts']).map((raw) => {
      const m = obj(raw);
      const type = str(m['Type']);
      return {
        type: type === 'bind' || type === 'tmpfs' ? type : 'volume',
        source: str(m['Source']),
        target: str(m['Target']),
        readOnly: m['ReadOnly'] === true,
      };
    }),
    networks: arr(template['Networks']).map((n) => str(obj(n)['Target'])),
    constraints: arr(placement['Constraints']).map(str),
    spreadOver: arr(placement['Preferences']).map((p) => str(obj(obj(p)['Spread'])['SpreadDescriptor'])),
    resources: {
      cpuLimit: nano(limits['NanoCPUs']),
      memoryLimit: bytes(limits['MemoryBytes']),
      cpuReservation: nano(reservations['NanoCPUs']),
      memoryReservation: bytes(reservations['MemoryBytes']),
    },
    restart: {
      condition: condition === 'none' || condition === 'on-failure' ? condition : 'any',
      delaySeconds: num(restart['Delay'], base.restart.delaySeconds * NS) / NS,
      maxAttempts: num(restart['MaxAttempts'], 0),
    },
    update: policy(spec['UpdateConfig'], base.update),
    rollback: policy(spec['RollbackConfig'], base.rollback),
    secrets: arr(container['Secrets']).map((raw) => {
      const s = obj(raw);
      const name = str(s['SecretName']);
      const file = str(obj(s['File'])['Name']);
      return { name, target: file === name ? '' : file };
    }),
    configs: arr(container['Configs']).map((raw) => {
      const c = obj(raw);
      const name = str(c['ConfigName']);
      const file = str(obj(c['File'])['Name']);
      return { name, target: file === `/${name}` ? '' : file };
    }),
    labels: Object.fromEntries(Object.entries(obj(spec['Labels'])).map(([k, v]) => [k, str(v)])),
  };
};
