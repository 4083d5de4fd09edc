import { z } from 'zod';
import { envKeyProblem } from '../run/env-file.js';
import { containerPathProblem, imageProblem } from '../run/validate-form.js';

/**
 * What a person fills in to create (or update) a swarm service. One shape feeds both the
 * engine's ServiceSpec (service-spec.ts) and the `docker service create …` preview
 * (service-argv.ts), so the preview can never describe a different service than the one made.
 */

/** Docker's rule for service names: a DNS label (the name becomes one on every overlay network). */
export const SERVICE_NAME_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
/** Ids of services, nodes, tasks, secrets and configs are 25 lower-case base-36 characters. */
export const SWARM_ID_PATTERN = /^[a-z0-9]{25}$/;
/** A service, node, secret or config named by id or by name: never slashes, `..` or control bytes. */
export const SWARM_REF_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/;
/** Secret and config names: Docker's `[a-zA-Z0-9][a-zA-Z0-9_.-]*`, at most 64 characters. */
export const OBJECT_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;

export const swarmRef = z
  .string()
  .regex(SWARM_REF_PATTERN, 'must be an id or a name of letters, digits, _ . -');
export const objectName = z
  .string()
  .regex(OBJECT_NAME_PATTERN, 'must be 1 to 64 letters, digits, _ . - (starting with a letter or digit)');

const NUL_FREE = /^[^\0]*$/;
const text = (max: number) => z.string().max(max).regex(NUL_FREE, 'must not contain NUL bytes');

const port = z.number().int().min(1).max(65535);

export const servicePortSchema = z.strictObject({
  target: port,
  /** null: the engine picks a free port (in host mode, one per task). */
  published: port.nullable(),
  protocol: z.enum(['tcp', 'udp']),
  /** ingress: the routing mesh on every node; host: the task's own node only. */
  mode: z.enum(['ingress', 'host']),
});
export type ServicePort = z.infer<typeof servicePortSchema>;

export const serviceMountSchema = z.strictObject({
  type: z.enum(['volume', 'bind', 'tmpfs']),
  /** Volume name or host path; empty for tmpfs (and for an anonymous volume). */
  source: text(4096),
  target: text(4096),
  readOnly: z.boolean(),
});
export type ServiceMount = z.infer<typeof serviceMountSchema>;

export const fileRefSchema = z.strictObject({
  name: objectName,
  /** The file name under /run/secrets (secrets) or an absolute path (configs); empty: the name. */
  target: text(4096),
});
export type FileRef = z.infer<typeof fileRefSchema>;

const seconds = z.number().min(0).max(86_400);

export const updatePolicySchema = z.strictObject({
  parallelism: z.number().int().min(0).max(10_000),
  delaySeconds: seconds,
  failureAction: z.enum(['pause', 'continue', 'rollback']),
  order: z.enum(['stop-first', 'start-first']),
  /** Fraction of tasks allowed to fail during an update (0 to 1). */
  maxFailureRatio: z.number().min(0).max(1),
  /** How long a task is watched for failure after it starts. */
  monitorSeconds: seconds,
});
export type UpdatePolicy = z.infer<typeof updatePolicySchema>;

export const restartPolicySchema = z.strictObject({
  condition: z.enum(['none', 'on-failure', 'any']),
  delaySeconds: seconds,
  /** 0: no limit. */
  maxAttempts: z.number().int().min(0).max(1_000_000),
});
export type RestartPolicy = z.infer<typeof restartPolicySchema>;

export const resourcesSchema = z.strictObject({
  /** CPUs as a decimal (0.5 = half a CPU); null: no limit / reservation. */
  cpuLimit: z.number().positive().max(1024).nullable(),
  memoryLimit: z
    .number()
    .int()
    .min(4 * 1024 * 1024)
    .max(2 ** 50)
    .nullable(),
  cpuReservation: z.number().positive().max(1024).nullable(),
  memoryReservation: z
    .number()
    .int()
    .min(1)
    .max(2 ** 50)
    .nullable(),
});
export type Resources = z.infer<typeof resourcesSchema>;

const labelKey = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^\s=\0]+$/, 'must not be empty or contain spaces, = or NUL');
export const labelMap = z
  .record(labelKey, text(4096))
  .refine((r) => Object.keys(r).length <= 64, 'at most 64 entries');

const shape = z.strictObject({
  name: z.string().regex(SERVICE_NAME_PATTERN, 'must be 1 to 63 letters, digits and - (a DNS label)'),
  image: z.string().min(1).max(512),
  /** Arguments after the image (the command); empty: the image's own. */
  args: z.array(text(4096)).max(256),
  mode: z.enum(['replicated', 'global']),
  /** Used when mode is replicated. */
  replicas: z.number().int().min(0).max(10_000),
  ports: z.array(servicePortSchema).max(100),
  /** KEY=value lines. */
  env: z.array(text(65_536)).max(500),
  mounts: z.array(serviceMountSchema).max(100),
  networks: z.array(z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/, 'is not a network name')).max(50),
  /** Placement constraints such as `node.role==manager`. */
  constraints: z.array(text(512).min(3)).max(50),
  /** Placement preferences: the label to spread over, e.g. `node.labels.zone`. */
  spreadOver: z.array(text(256).min(1)).max(10),
  resources: resourcesSchema,
  restart: restartPolicySchema,
  update: updatePolicySchema,
  rollback: updatePolicySchema,
  secrets: z.array(fileRefSchema).max(100),
  configs: z.array(fileRefSchema).max(100),
  labels: labelMap,
});
export type ServiceForm = z.infer<typeof shape>;

const CONSTRAINT = /^\s*[a-zA-Z0-9_.-]+\s*(==|!=)\s*\S.*$/;

/** Field path (`ports.0.published`) → message, for the dialog and the backend alike. */
export const serviceFormProblems = (form: ServiceForm): Record<string, string> => {
  const problems: Record<string, string> = {};
  const put = (path: string, problem: string | null): void => {
    if (problem) problems[path] = problem;
  };
  put('image', imageProblem(form.image));
  form.env.forEach((line, i) => {
    const eq = line.indexOf('=');
    put(`env.${i}`, eq <= 0 ? `"${line}" is not KEY=value.` : envKeyProblem(line.slice(0, eq)));
  });
  form.mounts.forEach((m, i) => {
    put(`mounts.${i}.target`, containerPathProblem(m.target, 'mount target'));
    if (m.type === 'bind' && !m.source.startsWith('/')) {
      put(`mounts.${i}.source`, 'A bind mount needs an absolute host path.');
    }
    if (m.type === 'tmpfs' && m.source !== '') put(`mounts.${i}.source`, 'A tmpfs mount has no source.');
  });
  form.constraints.forEach((c, i) => {
    put(
      `constraints.${i}`,
      CONSTRAINT.test(c) ? null : `"${c}" is not a constraint (e.g. node.role==manager).`,
    );
  });
  const published = new Map<string, number>();
  form.ports.forEach((p, i) => {
    if (p.published === null) return;
    const key = `${p.published}/${p.protocol}`;
    const first = published.get(key);
    if (first !== undefined)
      put(`ports.${i}.published`, `Port ${key} is already published by row ${first + 1}.`);
    else published.set(key, i);
  });
  const hostFixed = form.ports.some((p) => p.mode === 'host' && p.published !== null);
  if (hostFixed && (form.mode === 'global' || form.replicas > 1)) {
    // Not an error: on several nodes each task gets the port; on one node all but one wait.
    problems['ports.hint'] =
      'A fixed host-mode port can serve one task per node; leave the published port empty to let each task get its own.';
  }
  const names = (refs: readonly FileRef[], what: string, path: string): void => {
    const seen = new Set<string>();
    refs.forEach((r, i) => {
      if (seen.has(r.name)) put(`${path}.${i}.name`, `The ${what} ${r.name} is listed twice.`);
      seen.add(r.name);
    });
  };
  names(form.secrets, 'secret', 'secrets');
  names(form.configs, 'config', 'configs');
  form.configs.forEach((c, i) => {
    if (c.target !== '' && !c.target.startsWith('/'))
      put(`configs.${i}.target`, 'A config target is an absolute path.');
  });
  form.secrets.forEach((s, i) => {
    if (s.target.includes('..')) put(`secrets.${i}.target`, 'A secret target cannot contain "..".');
  });
  return problems;
};

/** Hints are advice, not errors: a form with only hints is valid. */
export const isHint = (path: string): boolean => path.endsWith('.hint');

export const serviceFormSchema: z.ZodType<ServiceForm> = shape.superRefine((form, ctx) => {
  for (const [path, message] of Object.entries(serviceFormProblems(form))) {
    if (isHint(path)) continue;
    ctx.addIssue({ code: 'custom', path: path.split('.'), message });
  }
});

export const defaultUpdatePolicy = (): UpdatePolicy => ({
  parallelism: 1,
  delaySeconds: 0,
  failureAction: 'pause',
  order: 'stop-first',
  maxFailureRatio: 0,
  monitorSeconds: 5,
});

export const emptyServiceForm = (image = ''): ServiceForm => ({
  name: '',
  image,
  args: [],
  mode: 'replicated',
  replicas: 1,
  ports: [],
  env: [],
  mounts: [],
  networks: [],
  constraints: [],
  spreadOver: [],
  resources: { cpuLimit: null, memoryLimit: null, cpuReservation: null, memoryReservation: null },
  restart: { condition: 'any', delaySeconds: 5, maxAttempts: 0 },
  update: defaultUpdatePolicy(),
  rollback: defaultUpdatePolicy(),
  secrets: [],
  configs: [],
  labels: {},
});
