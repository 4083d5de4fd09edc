import type {
  PublishedPort,
  ServiceSummary,
  ServiceTask,
  SwarmNode,
  SwarmObjectSummary,
} from '../../../shared/swarm/swarm-types.js';

/** The parts of the engine's swarm documents Berth reads (API 1.41). */
export interface RawVersioned {
  readonly ID: string;
  readonly Version?: { readonly Index?: number };
  readonly CreatedAt?: string;
  readonly UpdatedAt?: string;
}

interface RawPort {
  readonly Protocol?: string;
  readonly TargetPort?: number;
  readonly PublishedPort?: number;
  readonly PublishMode?: string;
}

export interface RawServiceSpec {
  readonly Name?: string;
  readonly Labels?: Record<string, string> | null;
  readonly TaskTemplate?: {
    readonly ContainerSpec?: { readonly Image?: string; readonly [key: string]: unknown };
    readonly [key: string]: unknown;
  };
  readonly Mode?: { readonly Replicated?: { readonly Replicas?: number }; readonly Global?: object };
  readonly EndpointSpec?: { readonly Ports?: readonly RawPort[] };
  readonly [key: string]: unknown;
}

export interface RawService extends RawVersioned {
  readonly Spec: RawServiceSpec;
  readonly PreviousSpec?: RawServiceSpec;
  readonly Endpoint?: { readonly Ports?: readonly RawPort[] };
  readonly UpdateStatus?: { readonly State?: string; readonly Message?: string };
  readonly ServiceStatus?: { readonly RunningTasks?: number; readonly DesiredTasks?: number };
}

export interface RawTask extends RawVersioned {
  readonly ServiceID?: string;
  readonly NodeID?: string;
  readonly Slot?: number;
  readonly DesiredState?: string;
  readonly Spec?: {
    readonly ContainerSpec?: { readonly Image?: string; readonly [key: string]: unknown };
    readonly ForceUpdate?: number;
  };
  readonly Status?: {
    readonly State?: string;
    readonly Message?: string;
    readonly Err?: string;
    readonly ContainerStatus?: { readonly ContainerID?: string; readonly ExitCode?: number };
    readonly PortStatus?: { readonly Ports?: readonly RawPort[] };
  };
}

export interface RawNode extends RawVersioned {
  readonly Spec: {
    readonly Role?: string;
    readonly Availability?: string;
    readonly Labels?: Record<string, string> | null;
    readonly Name?: string;
  };
  readonly Description?: {
    readonly Hostname?: string;
    readonly Engine?: { readonly EngineVersion?: string };
  };
  readonly Status?: { readonly State?: string; readonly Message?: string; readonly Addr?: string };
  readonly ManagerStatus?: {
    readonly Leader?: boolean;
    readonly Reachability?: string;
    readonly Addr?: string;
  };
}

export interface RawObject extends RawVersioned {
  readonly Spec: {
    readonly Name: string;
    readonly Labels?: Record<string, string> | null;
    readonly Data?: string;
  };
}

/** The engine shows images pinned by digest (`img:tag@sha256:…`); the tag is what people read. */
export const shortImage = (image: string): string => image.replace(/@sha256:[a-f0-9]{64}$/, '');

const toPort = (p: RawPort): PublishedPort => ({
  target: p.TargetPort ?? 0,
  published: p.PublishedPort && p.PublishedPort > 0 ? p.PublishedPort : null,
  protocol: p.Protocol ?? 'tcp',
  mode: p.PublishMode === 'host' ? 'host' : 'ingress',
});

export const STACK_LABEL = 'com.docker.stack.namespace';

export const toServiceSummary = (raw: RawService): ServiceSummary => {
  const spec = raw.Spec;
  const global = spec.Mode?.Global !== undefined;
  // The endpoint's ports carry the engine-assigned published ports; the spec's, what was asked.
  const ports = raw.Endpoint?.Ports ?? spec.EndpointSpec?.Ports ?? [];
  const labels = spec.Labels ?? {};
  return {
    id: raw.ID,
    name: spec.Name ?? raw.ID,
    image: shortImage(spec.TaskTemplate?.ContainerSpec?.Image ?? ''),
    mode: global ? 'global' : 'replicated',
    running: raw.ServiceStatus?.RunningTasks ?? 0,
    desired: global ? (raw.ServiceStatus?.DesiredTasks ?? 0) : (spec.Mode?.Replicated?.Replicas ?? 0),
    ports: ports.map(toPort),
    updateStatus: raw.UpdateStatus?.State
      ? { state: raw.UpdateStatus.State, message: raw.UpdateStatus.Message ?? null }
      : null,
    stack: labels[STACK_LABEL] ?? null,
    createdAt: raw.CreatedAt ?? '',
    updatedAt: raw.UpdatedAt ?? '',
    canRollback: raw.PreviousSpec !== undefined,
    labels,
  };
};

/**
 * A task's error in the engine's words. `Status.Err` is the scheduler's or executor's reason
 * ("no suitable node (insufficient resources on 1 node)", "No such image: …"); a task that
 * ran and exited has none, so its exit code speaks instead. Never just the state's name.
 */
export const taskError = (raw: RawTask): string | null => {
  const err = raw.Status?.Err?.trim();
  if (err) return err;
  const exit = raw.Status?.ContainerStatus?.ExitCode;
  const state = raw.Status?.State ?? '';
  if (typeof exit === 'number' && exit !== 0 && (state === 'failed' || state === 'complete')) {
    return `The task's container exited with code ${exit}.`;
  }
  if (state === 'rejected' || state === 'failed') {
    return raw.Status?.Message ? `${state}: ${raw.Status.Message}` : null;
  }
  return null;
};

/**
 * The container settings a service update changes. The engine writes a task's spec without the
 * defaults it fills into the service's (StopGracePeriod, DNSConfig…), so whole specs never compare
 * equal; these fields, with empty and missing alike, do.
 */
const UPDATED_FIELDS = [
  'Image',
  'Command',
  'Args',
  'Env',
  'Dir',
  'User',
  'Labels',
  'Mounts',
  'Secrets',
  'Configs',
];

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

const containerFields = (spec: Readonly<Record<string, unknown>> | undefined): string =>
  canonical(
    UPDATED_FIELDS.map((field) => {
      const value = spec?.[field];
      const empty =
        value === undefined ||
        value === null ||
        value === '' ||
        (Array.isArray(value) && value.length === 0) ||
        (typeof value === 'object' && Object.keys(value).length === 0);
      return empty ? null : value;
    }),
  );

/** Whether a task runs the service's current spec (what a rolling update moves tasks to). */
export const taskOnSpec = (task: RawTask, template: RawServiceSpec['TaskTemplate']): boolean =>
  containerFields(task.Spec?.ContainerSpec) === containerFields(template?.ContainerSpec) &&
  (task.Spec?.ForceUpdate ?? 0) ===
    (typeof template?.['ForceUpdate'] === 'number' ? template['ForceUpdate'] : 0);

export const toServiceTask = (
  raw: RawTask,
  nodeNames: ReadonlyMap<string, string>,
  template?: RawServiceSpec['TaskTemplate'],
): ServiceTask => {
  const exit = raw.Status?.ContainerStatus?.ExitCode;
  const state = raw.Status?.State ?? 'unknown';
  return {
    id: raw.ID,
    slot: typeof raw.Slot === 'number' && raw.Slot > 0 ? raw.Slot : null,
    nodeId: raw.NodeID || null,
    nodeName: raw.NodeID ? (nodeNames.get(raw.NodeID) ?? null) : null,
    desiredState: raw.DesiredState ?? 'unknown',
    state,
    message: raw.Status?.Message ?? '',
    error: taskError(raw),
    // A running container has no exit code yet (the engine reports 0).
    exitCode:
      typeof exit === 'number' && state !== 'running' && raw.Status?.ContainerStatus?.ContainerID
        ? exit
        : null,
    containerId: raw.Status?.ContainerStatus?.ContainerID || null,
    image: shortImage(raw.Spec?.ContainerSpec?.Image ?? ''),
    updatedAt: raw.UpdatedAt ?? '',
    ports: (raw.Status?.PortStatus?.Ports ?? []).map(toPort),
    onCurrentSpec: template === undefined ? null : taskOnSpec(raw, template),
  };
};

export const toSwarmNode = (raw: RawNode, selfId: string | null): SwarmNode => ({
  id: raw.ID,
  hostname: raw.Description?.Hostname ?? raw.ID,
  role: raw.Spec.Role === 'manager' ? 'manager' : 'worker',
  availability:
    raw.Spec.Availability === 'drain' ? 'drain' : raw.Spec.Availability === 'pause' ? 'pause' : 'active',
  status: raw.Status?.State ?? 'unknown',
  statusMessage: raw.Status?.Message || null,
  addr: raw.Status?.Addr ?? null,
  managerStatus: raw.ManagerStatus?.Reachability ?? null,
  leader: raw.ManagerStatus?.Leader === true,
  engineVersion: raw.Description?.Engine?.EngineVersion ?? null,
  labels: raw.Spec.Labels ?? {},
  self: raw.ID === selfId,
});

export const toObjectSummary = (raw: RawObject, usedBy: readonly string[]): SwarmObjectSummary => ({
  id: raw.ID,
  name: raw.Spec.Name,
  createdAt: raw.CreatedAt ?? '',
  updatedAt: raw.UpdatedAt ?? '',
  labels: raw.Spec.Labels ?? {},
  usedBy,
});
