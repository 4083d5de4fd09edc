import type { FileRef, ServiceForm, UpdatePolicy } from './service-form.js';

/** The engine's ServiceSpec, as much of it as Berth writes (API 1.41). */
export interface EngineServiceSpec {
  Name: string;
  Labels: Record<string, string>;
  TaskTemplate: {
    ContainerSpec: {
      Image: string;
      Args?: string[];
      Env: string[];
      Mounts: { Type: string; Source?: string; Target: string; ReadOnly: boolean }[];
      Secrets: EngineFileRef<'SecretID', 'SecretName'>[];
      Configs: EngineFileRef<'ConfigID', 'ConfigName'>[];
    };
    Resources: {
      Limits: { NanoCPUs?: number; MemoryBytes?: number };
      Reservations: { NanoCPUs?: number; MemoryBytes?: number };
    };
    RestartPolicy: { Condition: string; Delay: number; MaxAttempts: number };
    Placement: { Constraints: string[]; Preferences: { Spread: { SpreadDescriptor: string } }[] };
    Networks: { Target: string }[];
  };
  Mode: { Replicated: { Replicas: number } } | { Global: Record<string, never> };
  UpdateConfig: EngineUpdateConfig;
  RollbackConfig: EngineUpdateConfig;
  EndpointSpec: {
    Mode: 'vip';
    Ports: { Protocol: string; TargetPort: number; PublishedPort?: number; PublishMode: string }[];
  };
}

type EngineFileRef<IdKey extends string, NameKey extends string> = {
  File: { Name: string; UID: string; GID: string; Mode: number };
} & Record<IdKey | NameKey, string>;

export interface EngineUpdateConfig {
  Parallelism: number;
  Delay: number;
  FailureAction: string;
  Monitor: number;
  MaxFailureRatio: number;
  Order: string;
}

/** Secret and config names → ids; the engine needs both in a spec. */
export interface FileIds {
  readonly secrets: Readonly<Record<string, string>>;
  readonly configs: Readonly<Record<string, string>>;
}

const NS = 1e9;

/** Where the file appears: secrets under /run/secrets/<target>, configs at an absolute path. */
export const secretTarget = (ref: FileRef): string => ref.target || ref.name;
export const configTarget = (ref: FileRef): string => ref.target || `/${ref.name}`;

const updateConfig = (p: UpdatePolicy): EngineUpdateConfig => ({
  Parallelism: p.parallelism,
  Delay: Math.round(p.delaySeconds * NS),
  FailureAction: p.failureAction,
  Monitor: Math.round(p.monitorSeconds * NS),
  MaxFailureRatio: p.maxFailureRatio,
  Order: p.order,
});

const missing = (what: string, name: string): never => {
  throw new Error(`The ${what} ${name} does not exist.`);
};

/**
 * The engine's spec for the form. Throws (with a sentence) when a secret or config named by
 * the form is not in `ids`; the backend resolves names first and says which one is missing.
 */
export const serviceSpecFromForm = (form: ServiceForm, ids: FileIds): EngineServiceSpec => ({
  Name: form.name,
  Labels: { ...form.labels },
  TaskTemplate: {
    ContainerSpec: {
      Image: form.image.trim(),
      ...(form.args.length > 0 ? { Args: [...form.args] } : {}),
      Env: [...form.env],
      Mounts: form.mounts.map((m) => ({
        Type: m.type,
        ...(m.source !== '' ? { Source: m.source } : {}),
        Target: m.target,
        ReadOnly: m.readOnly,
      })),
      Secrets: form.secrets.map((s) => ({
        File: { Name: secretTarget(s), UID: '0', GID: '0', Mode: 0o444 },
        SecretID: ids.secrets[s.name] ?? missing('secret', s.name),
        SecretName: s.name,
      })),
      Configs: form.configs.map((c) => ({
        File: { Name: configTarget(c), UID: '0', GID: '0', Mode: 0o444 },
        ConfigID: ids.configs[c.name] ?? missing('config', c.name),
        ConfigName: c.name,
      })),
    },
    Resources: {
      Limits: {
        ...(form.resources.cpuLimit !== null ? { NanoCPUs: Math.round(form.resources.cpuLimit * NS) } : {}),
        ...(form.resources.memoryLimit !== null ? { MemoryBytes: form.resources.memoryLimit } : {}),
      },
      Reservations: {
        ...(form.resources.cpuReservation !== null
          ? { NanoCPUs: Math.round(form.resources.cpuReservation * NS) }
          : {}),
        ...(form.resources.memoryReservation !== null
          ? { MemoryBytes: form.resources.memoryReservation }
          : {}),
      },
    },
    RestartPolicy: {
      Condition: form.restart.condition,
      Delay: Math.round(form.restart.delaySeconds * NS),
      MaxAttempts: form.restart.maxAttempts,
    },
    Placement: {
      Constraints: form.constraints.map((c) => c.trim()),
      Preferences: form.spreadOver.map((label) => ({ Spread: { SpreadDescriptor: label } })),
    },
    Networks: form.networks.map((name) => ({ Target: name })),
  },
  Mode: form.mode === 'global' ? { Global: {} } : { Replicated: { Replicas: form.replicas } },
  UpdateConfig: updateConfig(form.update),
  RollbackConfig: updateConfig(form.rollback),
  EndpointSpec: {
    Mode: 'vip',
    Ports: form.ports.map((p) => ({
      Protocol: p.protocol,
      TargetPort: p.target,
      ...(p.published !== null ? { PublishedPort: p.published } : {}),
      PublishMode: p.mode,
    })),
  },
});
