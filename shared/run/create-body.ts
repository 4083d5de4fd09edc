import { extraHostEntries } from './extra-hosts.js';
import { expandPortRow } from './port-spec.js';
import { capabilityWords, type RunForm } from './run-form.js';
import { splitShellWords } from './shell-words.js';
import { parseCpus, parseMemory } from './units.js';

/** The subset of the engine's `POST /containers/create` body the dialog sets. */
export interface CreateBody {
  readonly Image: string;
  readonly Cmd?: string[];
  readonly Entrypoint?: string[];
  readonly WorkingDir?: string;
  readonly User?: string;
  readonly Env: string[];
  readonly Labels: Record<string, string>;
  readonly ExposedPorts: Record<string, Record<string, never>>;
  readonly Tty: boolean;
  readonly OpenStdin: boolean;
  readonly AttachStdin: boolean;
  readonly AttachStdout: boolean;
  readonly AttachStderr: boolean;
  readonly StdinOnce: boolean;
  readonly Hostname?: string;
  readonly HostConfig: {
    readonly PortBindings: Record<string, { HostIp: string; HostPort: string }[]>;
    readonly PublishAllPorts: boolean;
    readonly Mounts: {
      Type: 'volume' | 'bind';
      Source?: string;
      Target: string;
      ReadOnly: boolean;
    }[];
    readonly NetworkMode?: string;
    readonly RestartPolicy: { Name: string; MaximumRetryCount: number };
    readonly Memory?: number;
    readonly NanoCpus?: number;
    readonly AutoRemove: boolean;
    readonly Privileged: boolean;
    readonly CapAdd?: string[];
    readonly CapDrop?: string[];
    readonly ReadonlyRootfs: boolean;
    readonly ExtraHosts?: string[];
  };
}

const words = (text: string): string[] => {
  const split = splitShellWords(text);
  return split.ok ? split.words : [];
};

/**
 * The command and entrypoint as `docker run` sets them: `--entrypoint` takes one word, so the
 * remaining words of a multi-word entrypoint lead the command. Creating either way gives the
 * same inspect, which is what makes the preview an exact equivalent.
 */
export const commandParts = (form: RunForm): { entrypoint?: string[]; cmd?: string[] } => {
  const entry = words(form.entrypoint);
  const cmd = [...entry.slice(1), ...words(form.command)];
  return {
    ...(entry.length > 0 ? { entrypoint: entry.slice(0, 1) } : {}),
    ...(cmd.length > 0 ? { cmd } : {}),
  };
};

/** A valid form as the engine's create body (validate first: invalid rows are skipped). */
export const formToCreateBody = (form: RunForm): CreateBody => {
  const { entrypoint, cmd } = commandParts(form);
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const row of form.ports) {
    for (const binding of expandPortRow(row)) {
      exposed[binding.key] = {};
      (bindings[binding.key] ??= []).push({ HostIp: binding.hostIp, HostPort: binding.hostPort });
    }
  }
  const memory = form.memory.trim() === '' ? null : parseMemory(form.memory.trim());
  const nanoCpus = form.cpus.trim() === '' ? null : parseCpus(form.cpus);
  const capAdd = capabilityWords(form.capAdd);
  const capDrop = capabilityWords(form.capDrop);
  const extraHosts = extraHostEntries(form.extraHosts);
  return {
    Image: form.image.trim(),
    ...(cmd ? { Cmd: cmd } : {}),
    ...(entrypoint ? { Entrypoint: entrypoint } : {}),
    ...(form.workingDir ? { WorkingDir: form.workingDir } : {}),
    ...(form.user ? { User: form.user } : {}),
    Env: form.env.map((row) => `${row.key}=${row.value}`),
    Labels: Object.fromEntries(form.labels.map((row) => [row.key, row.value])),
    ExposedPorts: exposed,
    Tty: form.tty,
    OpenStdin: form.interactive,
    // Detached, as `docker run -d`: nothing attaches, whatever -i says.
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    StdinOnce: false,
    ...(form.hostname ? { Hostname: form.hostname } : {}),
    HostConfig: {
      PortBindings: bindings,
      PublishAllPorts: form.publishAll,
      Mounts: form.mounts.map((row) => ({
        Type: row.kind,
        ...(row.source ? { Source: row.source } : {}),
        Target: row.target,
        ReadOnly: row.readOnly,
      })),
      ...(form.network ? { NetworkMode: form.network } : {}),
      RestartPolicy: {
        Name: form.restart === 'no' ? '' : form.restart,
        MaximumRetryCount:
          form.restart === 'on-failure' && form.restartMaxRetries !== '' ? Number(form.restartMaxRetries) : 0,
      },
      ...(memory !== null ? { Memory: memory } : {}),
      ...(nanoCpus !== null ? { NanoCpus: nanoCpus } : {}),
      AutoRemove: form.autoRemove,
      Privileged: form.privileged,
      ...(capAdd.length > 0 ? { CapAdd: capAdd } : {}),
      ...(capDrop.length > 0 ? { CapDrop: capDrop } : {}),
      ReadonlyRootfs: form.readOnlyRootfs,
      ...(extraHosts.length > 0 ? { ExtraHosts: extraHosts } : {}),
    },
  };
};
