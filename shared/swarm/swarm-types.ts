import { z } from 'zod';
import { labelMap, objectName, serviceFormSchema, swarmRef } from './service-form.js';

/** What the engine says about its swarm membership (`/info`'s Swarm section). */
export interface SwarmState {
  /** inactive: not in a swarm; active: a member; pending/error/locked: as the engine says. */
  readonly state: 'inactive' | 'pending' | 'active' | 'error' | 'locked';
  /** Only a manager can list services and nodes; a worker sees no orchestration views. */
  readonly isManager: boolean;
  readonly nodeId: string | null;
  readonly nodeAddr: string | null;
  readonly clusterId: string | null;
  readonly managers: number;
  readonly nodes: number;
  /** The engine's own error text when state is error. */
  readonly error: string | null;
}

export interface HostInterface {
  readonly name: string;
  readonly address: string;
  readonly family: 'IPv4' | 'IPv6';
  readonly internal: boolean;
}

export interface JoinTokens {
  /** Masked (`SWMTKN-1-…abcd`) unless asked to reveal. */
  readonly worker: string;
  readonly manager: string;
  readonly revealed: boolean;
  /** `host:port` a joining node dials (the manager's advertise address). */
  readonly managerAddr: string | null;
}

export type NodeAvailability = 'active' | 'pause' | 'drain';
export type NodeRole = 'worker' | 'manager';

export interface SwarmNode {
  readonly id: string;
  readonly hostname: string;
  readonly role: NodeRole;
  readonly availability: NodeAvailability;
  /** ready, down, unknown, disconnected. */
  readonly status: string;
  readonly statusMessage: string | null;
  readonly addr: string | null;
  /** reachable / unreachable for managers; null for workers. */
  readonly managerStatus: string | null;
  readonly leader: boolean;
  readonly engineVersion: string | null;
  readonly labels: Readonly<Record<string, string>>;
  readonly self: boolean;
}

export interface PublishedPort {
  readonly target: number;
  readonly published: number | null;
  readonly protocol: string;
  readonly mode: 'ingress' | 'host';
}

export interface UpdateStatus {
  /** updating, paused, completed, rollback_started, rollback_paused, rollback_completed. */
  readonly state: string;
  readonly message: string | null;
}

export interface ServiceSummary {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly mode: 'replicated' | 'global';
  /** Tasks whose current state is running. */
  readonly running: number;
  /**
   * Set only while `running` counts task container events (a die, a start) the swarm manager has
   * not reported yet: the manager's own last figure. Absent: `running` is the manager's report.
   */
  readonly reportedRunning?: number;
  /** Replicas asked for (replicated) or tasks that should run (global: one per eligible node). */
  readonly desired: number;
  readonly ports: readonly PublishedPort[];
  readonly updateStatus: UpdateStatus | null;
  /** The stack (com.docker.stack.namespace) the service belongs to, if any. */
  readonly stack: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Whether a previous spec exists, i.e. rollback is possible. */
  readonly canRollback: boolean;
  readonly labels: Readonly<Record<string, string>>;
}

export interface ServiceTask {
  readonly id: string;
  /** replica slot (replicated) or null (global). */
  readonly slot: number | null;
  readonly nodeId: string | null;
  readonly nodeName: string | null;
  readonly desiredState: string;
  readonly state: string;
  /** The task's status message ("started", "preparing"…). */
  readonly message: string;
  /** The engine's error for the task, in its own words; null when none. */
  readonly error: string | null;
  readonly exitCode: number | null;
  readonly containerId: string | null;
  readonly image: string;
  readonly updatedAt: string;
  /** The task's host-mode ports (ingress ports belong to the service). */
  readonly ports: readonly PublishedPort[];
  /** Whether it runs the service's current spec (a rolling update's progress); null: not known. */
  readonly onCurrentSpec: boolean | null;
}

export interface ServicesChanged {
  /** Services added or changed, as the backend's model now holds them. */
  readonly upserted: readonly ServiceSummary[];
  readonly removed: readonly string[];
  /** Services whose tasks changed: an open task list refetches. */
  readonly tasksChanged: readonly string[];
  /** true: replace the whole list (after a relist, or when the swarm was left/joined). */
  readonly reset: boolean;
}

export interface SwarmChanged {
  readonly kinds: readonly ('swarm' | 'node' | 'secret' | 'config')[];
}

export interface SwarmObjectSummary {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Services that use it (by name); removal is refused while this is not empty. */
  readonly usedBy: readonly string[];
}

/** A config's data is readable; a secret's never is. */
export interface ConfigDetail extends SwarmObjectSummary {
  readonly data: string;
}

export interface StackSummary {
  readonly name: string;
  readonly services: readonly { readonly id: string; readonly name: string }[];
}

export interface KubeExport {
  readonly yaml: string;
  /** Settings that have no Kubernetes equivalent (also listed in the YAML's top comment). */
  readonly untranslated: readonly string[];
}

// ---- requests ----

const advertiseAddr = z
  .string()
  .min(2)
  .max(128)
  .regex(/^[a-zA-Z0-9.:[\]%-]+$/, 'must be an address or interface name, optionally with :port');

export const swarmInitRequest = z.strictObject({ advertiseAddr });
export const swarmLeaveRequest = z.strictObject({
  /** A manager can only leave with force (and a last manager takes the swarm's state with it). */
  force: z.boolean(),
});
export const joinTokensRequest = z.strictObject({ reveal: z.boolean() });
export const rotateTokenRequest = z.strictObject({ role: z.enum(['worker', 'manager']) });

export const swarmRefRequest = z.strictObject({ id: swarmRef });

export const nodeUpdateRequest = z.strictObject({
  id: swarmRef,
  availability: z.enum(['active', 'pause', 'drain']).optional(),
  role: z.enum(['worker', 'manager']).optional(),
  /** Replaces the node's labels. */
  labels: labelMap.optional(),
});

export const serviceCreateRequest = z.strictObject({ form: serviceFormSchema });
export const serviceScaleRequest = z.strictObject({
  id: swarmRef,
  replicas: z.number().int().min(0).max(10_000),
});
export const serviceUpdateRequest = z.strictObject({
  id: swarmRef,
  /** New image only (everything else kept), or a whole new form. */
  image: z.string().min(1).max(512).optional(),
  form: serviceFormSchema.optional(),
  /** Restart every task even if nothing changed (`--force`). */
  force: z.boolean(),
});
export const serviceLogsRequest = z.strictObject({
  id: swarmRef,
  tail: z.number().int().min(0).max(1_000_000).nullable(),
  follow: z.boolean(),
  timestamps: z.boolean(),
});

/** Secret or config data as base64 (a file's bytes or text's UTF-8); 500 KB is the engine's limit. */
export const MAX_OBJECT_BYTES = 500 * 1024;
export const objectCreateRequest = z.strictObject({
  name: objectName,
  dataBase64: z
    .string()
    .min(1)
    .max(Math.ceil(MAX_OBJECT_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  labels: labelMap,
});

export const stackNameSchema = z
  .string()
  .regex(
    /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,62}$/,
    'must be letters, digits, _ and - (starting with a letter or digit)',
  );
export const stackDeployRequest = z.strictObject({
  name: stackNameSchema,
  /** Absolute path of the compose file on the machine running Berth. */
  file: z
    .string()
    .min(2)
    .max(4096)
    .regex(/^\/[^\0]*$/, 'must be an absolute path'),
});
export const stackRequest = z.strictObject({ name: stackNameSchema });

export const kubeExportRequest = z.strictObject({
  containers: z
    .array(z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/, 'must be a container id or name'))
    .min(1)
    .max(200),
  kind: z.enum(['Deployment', 'Pod']),
});

export type ServiceScaleRequest = z.infer<typeof serviceScaleRequest>;
export type ServiceUpdateRequest = z.infer<typeof serviceUpdateRequest>;
export type NodeUpdateRequest = z.infer<typeof nodeUpdateRequest>;
export type ObjectCreateRequest = z.infer<typeof objectCreateRequest>;
