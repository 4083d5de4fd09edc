import { z } from 'zod';
import { HEALTH_MODES, MOUNT_KINDS, PROTOCOLS, RESTART_POLICIES, type RunForm } from '../run/run-form.js';
import { imageProblem, validateForm } from '../run/validate-form.js';
import { containerRef } from './ids.js';

const text = (max: number) => z.string().max(max);

const portRow = z.strictObject({
  hostIp: text(64),
  hostPort: text(16),
  containerPort: text(16),
  protocol: z.enum(PROTOCOLS),
});
const keyValue = z.strictObject({ key: text(512), value: text(32_768) });
const mountRow = z.strictObject({
  kind: z.enum(MOUNT_KINDS),
  source: text(4096),
  target: text(4096),
  readOnly: z.boolean(),
});

const networkRow = z.strictObject({ name: text(256), aliases: text(2048), ipv4: text(64), ipv6: text(64) });

/** The form's shape with bounds; the rules of each field are the dialog's own (validateForm). */
const runFormShape = z.strictObject({
  name: text(256),
  image: text(512),
  command: text(8192),
  entrypoint: text(8192),
  workingDir: text(4096),
  user: text(130),
  ports: z.array(portRow).max(100),
  publishAll: z.boolean(),
  env: z.array(keyValue).max(500),
  mounts: z.array(mountRow).max(100),
  network: text(256),
  restart: z.enum(RESTART_POLICIES),
  restartMaxRetries: text(16),
  labels: z.array(keyValue).max(500),
  memory: text(32),
  cpus: text(32),
  tty: z.boolean(),
  interactive: z.boolean(),
  autoRemove: z.boolean(),
  privileged: z.boolean(),
  capAdd: text(2048),
  capDrop: text(2048),
  readOnlyRootfs: z.boolean(),
  hostname: text(253),
  extraHosts: text(16_384),
  start: z.boolean(),
  devices: text(16_384),
  gpus: text(1024),
  dns: text(4096),
  dnsSearch: text(4096),
  dnsOptions: text(4096),
  shmSize: text(32),
  ulimits: text(4096),
  init: z.boolean(),
  logDriver: text(256),
  logOptions: z.array(keyValue).max(100),
  securityOpt: text(16_384),
  healthMode: z.enum(HEALTH_MODES),
  healthCmd: text(8192),
  healthInterval: text(32),
  healthTimeout: text(32),
  healthStartPeriod: text(32),
  healthRetries: text(16),
  networkAliases: text(2048),
  ipv4: text(64),
  ipv6: text(64),
  networks: z.array(networkRow).max(50),
  volumesFrom: text(4096),
  pidMode: text(300),
  ipcMode: text(300),
  utsMode: text(300),
  sysctls: z.array(keyValue).max(100),
  tmpfs: text(16_384),
  stopSignal: text(32),
  stopTimeout: text(16),
  platform: text(128),
  cpuset: text(256),
  pidsLimit: text(24),
  groupAdd: text(4096),
});

/**
 * A run form the backend accepts: the same validation the dialog runs, again, because the
 * renderer is not trusted. Each problem keeps its field path (`ports.0.hostPort`).
 */
export const runFormSchema: z.ZodType<RunForm> = runFormShape
  .superRefine((form, ctx) => {
    for (const [path, message] of Object.entries(validateForm(form))) {
      ctx.addIssue({
        code: 'custom',
        path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message,
      });
    }
  })
  // The engine takes `/web` for `web` (it adds the slash itself); the backend works with `web`.
  .transform((form) => (form.name.startsWith('/') ? { ...form, name: form.name.slice(1) } : form));

export const runCreateRequest = z.strictObject({
  form: runFormSchema,
  /** Clone: the container whose settings the form does not model are carried over. */
  from: containerRef.optional(),
});

export const runEditRequest = z.strictObject({
  /** The container being replaced. */
  ref: containerRef,
  form: runFormSchema,
});

export const portCheckRequest = z.strictObject({
  ports: z
    .array(
      z.strictObject({
        hostIp: text(64),
        hostPort: z.number().int().min(1).max(65535),
        protocol: z.enum(PROTOCOLS),
      }),
    )
    .max(100),
  /** Ports this container publishes are its own (editing it), not a conflict. */
  exclude: containerRef.optional(),
});

/** An image reference: checked by the same rule as the form, so nothing like `../x` reaches a URL path. */
export const imageRefRequest = z.strictObject({
  image: text(512).refine((image) => imageProblem(image) === null, 'must be an image reference'),
});

export interface RunCreated {
  readonly id: string;
  readonly name: string;
  readonly started: boolean;
  /**
   * The engine created the container but refused to start it (port taken, bind source gone):
   * it stays as Created, and this is the engine's message.
   */
  readonly startError?: string;
}

export interface PortCheck {
  readonly hostIp: string;
  readonly hostPort: number;
  readonly protocol: 'tcp' | 'udp';
  /** Null: free as far as Berth can tell. */
  readonly inUseBy: null | { readonly kind: 'container'; readonly name: string } | { readonly kind: 'host' };
}

export interface ImageInfo {
  readonly ref: string;
  readonly id: string;
  /** `80/tcp`, as the image EXPOSEs them. */
  readonly exposedPorts: readonly string[];
  /** A free host port for each exposed port, by key, when one was found. */
  readonly suggestedHostPorts: Readonly<Record<string, number>>;
  readonly env: readonly string[];
  readonly cmd: readonly string[];
  readonly entrypoint: readonly string[];
  readonly workingDir: string;
  readonly volumes: readonly string[];
}

export interface LocalImage {
  readonly ref: string;
  readonly id: string;
  readonly size: number;
}

export interface RunOptions {
  readonly networks: readonly string[];
  readonly volumes: readonly string[];
}

/** A container as a form, with what Edit needs to know about it. */
export interface ContainerForm {
  readonly id: string;
  readonly name: string;
  readonly running: boolean;
  readonly autoRemove: boolean;
  readonly form: RunForm;
  /** Settings the form does not model, carried over unchanged by Edit and Clone. */
  readonly kept: readonly KeptSetting[];
}

/** One setting kept as is: its inspect path (`HostConfig.OomScoreAdj`) and value as JSON. */
export interface KeptSetting {
  readonly path: string;
  readonly value: string;
}
