import { capabilityWords, lines, type RunForm } from '../run/run-form.js';
import { expandPortRow } from '../run/port-spec.js';
import { splitShellWords } from '../run/shell-words.js';
import { parseCpus, parseMemory } from '../run/units.js';
import { toYaml, yamlComment, type Json } from './yaml-text.js';

/** One container to translate: its Berth/compose name and its settings as the run form holds them. */
export interface KubeWorkload {
  readonly name: string;
  readonly form: RunForm;
}

export interface KubeOptions {
  /** Deployment (1 replica, restarts always) or a bare Pod (keeps the restart policy). */
  readonly kind: 'Deployment' | 'Pod';
  /** Size asked for each named volume's claim (Docker volumes have none). */
  readonly volumeSize?: string;
}

export interface KubeResult {
  readonly objects: readonly Json[];
  /** Settings with no Kubernetes equivalent, one sentence each: listed, never dropped silently. */
  readonly untranslated: readonly string[];
  readonly yaml: string;
}

/** DNS-1123 label: lower-case letters, digits and `-`, at most 63, starting and ending alphanumeric. */
export const kubeName = (name: string, fallback = 'app'): string => {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return cleaned || fallback;
};

const protocol = (p: string): string => p.toUpperCase();

interface Translated {
  readonly container: Record<string, Json>;
  readonly podSpec: Record<string, Json>;
  readonly volumes: Json[];
  readonly claims: string[];
  readonly servicePorts: Json[];
  readonly notes: string[];
}

const translate = (workload: KubeWorkload, kind: KubeOptions['kind']): Translated => {
  const { form } = workload;
  const name = kubeName(workload.name || form.name);
  const notes: string[] = [];
  const note = (text: string): void => {
    notes.push(`${name}: ${text}`);
  };
  const container: Record<string, Json> = { name, image: form.image };
  const entrypoint = splitShellWords(form.entrypoint);
  const command = splitShellWords(form.command);
  if (entrypoint.ok && entrypoint.words.length > 0) container['command'] = entrypoint.words;
  if (command.ok && command.words.length > 0) container['args'] = command.words;
  if (form.workingDir) container['workingDir'] = form.workingDir;
  if (form.env.length > 0) container['env'] = form.env.map((e) => ({ name: e.key, value: e.value }));

  const ports: Json[] = [];
  const servicePorts: Json[] = [];
  for (const row of form.ports) {
    for (const binding of expandPortRow(row)) {
      const [port] = binding.key.split('/');
      const containerPort = Number(port);
      const hostPort = /^\d+$/.test(binding.hostPort) ? Number(binding.hostPort) : null;
      if (binding.hostPort && hostPort === null)
        note(`host port range ${binding.hostPort} → ${containerPort} (pick one port)`);
      ports.push({
        containerPort,
        protocol: protocol(row.protocol),
        ...(hostPort !== null ? { hostPort } : {}),
        ...(hostPort !== null && binding.hostIp ? { hostIP: binding.hostIp } : {}),
      });
      servicePorts.push({
        name: `${row.protocol}-${containerPort}`,
        port: hostPort ?? containerPort,
        targetPort: containerPort,
        protocol: protocol(row.protocol),
      });
    }
  }
  if (ports.length > 0) container['ports'] = ports;
  if (form.publishAll) note('--publish-all (publish every exposed port): list the ports instead');

  const limits: Record<string, Json> = {};
  const memory = form.memory ? parseMemory(form.memory) : null;
  if (memory !== null) limits['memory'] = String(memory);
  const cpus = form.cpus ? parseCpus(form.cpus) : null;
  if (cpus !== null) limits['cpu'] = String(cpus / 1e9);
  if (Object.keys(limits).length > 0) container['resources'] = { limits };

  const security: Record<string, Json> = {};
  if (form.privileged) security['privileged'] = true;
  if (form.readOnlyRootfs) security['readOnlyRootFilesystem'] = true;
  const caps = (text: string): string[] => capabilityWords(text).map((c) => c.replace(/^CAP_/, ''));
  const add = caps(form.capAdd);
  const drop = caps(form.capDrop);
  if (add.length + drop.length > 0) {
    security['capabilities'] = { ...(add.length ? { add } : {}), ...(drop.length ? { drop } : {}) };
  }
  if (form.user) {
    const [user, group] = form.user.split(':');
    if (user && /^\d+$/.test(user)) security['runAsUser'] = Number(user);
    else note(`user "${form.user}" (Kubernetes takes numeric ids only: runAsUser/runAsGroup)`);
    if (group && /^\d+$/.test(group)) security['runAsGroup'] = Number(group);
    else if (group) note(`group "${group}" (numeric ids only)`);
  }
  if (Object.keys(security).length > 0) container['securityContext'] = security;
  if (form.tty) container['tty'] = true;
  if (form.interactive) container['stdin'] = true;

  const mounts: Json[] = [];
  const volumes: Json[] = [];
  const claims: string[] = [];
  form.mounts.forEach((m, i) => {
    const volumeName =
      m.kind === 'volume' && m.source ? kubeName(m.source, `volume-${i}`) : kubeName(`${name}-mount-${i}`);
    mounts.push({ name: volumeName, mountPath: m.target, ...(m.readOnly ? { readOnly: true } : {}) });
    if (m.kind === 'bind') {
      volumes.push({ name: volumeName, hostPath: { path: m.source } });
      note(`bind mount ${m.source} → ${m.target} became a hostPath volume (the node's own files)`);
    } else if (m.source) {
      volumes.push({ name: volumeName, persistentVolumeClaim: { claimName: volumeName } });
      claims.push(volumeName);
    } else {
      volumes.push({ name: volumeName, emptyDir: {} });
    }
  });
  if (mounts.length > 0) container['volumeMounts'] = mounts;

  const podSpec: Record<string, Json> = {};
  if (form.hostname) podSpec['hostname'] = kubeName(form.hostname);
  if (form.network === 'host') podSpec['hostNetwork'] = true;
  else if (form.network === 'none') note('network "none" (every pod has a network)');
  else if (form.network && form.network !== 'bridge' && form.network !== 'default') {
    note(
      `network "${form.network}" (pods share one cluster network; reach other workloads through their Services)`,
    );
  }
  const aliases = lines(form.extraHosts).flatMap((line) => {
    const sep = line.lastIndexOf(':');
    if (sep <= 0) return [];
    return [{ ip: line.slice(sep + 1), hostnames: [line.slice(0, sep)] }];
  });
  if (aliases.length > 0) podSpec['hostAliases'] = aliases;

  const restart = { no: 'Never', always: 'Always', 'unless-stopped': 'Always', 'on-failure': 'OnFailure' }[
    form.restart
  ];
  if (kind === 'Pod') podSpec['restartPolicy'] = restart;
  else if (restart !== 'Always')
    note(`restart "${form.restart}" (a Deployment always restarts; use kind Pod to keep it)`);
  if (form.restart === 'unless-stopped') note('restart "unless-stopped" became Always');
  if (form.restartMaxRetries)
    note(`restart retries ${form.restartMaxRetries} (Kubernetes backs off without a limit)`);
  if (form.autoRemove) note('--rm (remove when stopped)');
  return { container, podSpec, volumes, claims, servicePorts, notes };
};

/**
 * Kubernetes objects for the workloads, like `podman kube generate`: a Deployment (or Pod) per
 * container, a Service for its published ports, a PersistentVolumeClaim per named volume. Docker
 * labels become annotations (their keys are rarely valid label keys). What cannot be translated
 * is listed in the comment at the top.
 */
export const kubeManifests = (workloads: readonly KubeWorkload[], options: KubeOptions): KubeResult => {
  const objects: Json[] = [];
  const untranslated: string[] = [];
  const claims = new Set<string>();
  for (const workload of workloads) {
    const t = translate(workload, options.kind);
    untranslated.push(...t.notes);
    const name = kubeName(workload.name || workload.form.name);
    const labels = { app: name };
    const annotations = Object.fromEntries(workload.form.labels.map((l) => [l.key, l.value]));
    const metadata = {
      name,
      labels,
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
    const podSpec = {
      ...t.podSpec,
      containers: [t.container],
      ...(t.volumes.length > 0 ? { volumes: t.volumes } : {}),
    };
    if (options.kind === 'Pod') {
      objects.push({ apiVersion: 'v1', kind: 'Pod', metadata, spec: podSpec });
    } else {
      objects.push({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata,
        spec: {
          replicas: 1,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: podSpec },
        },
      });
    }
    if (t.servicePorts.length > 0) {
      objects.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, labels },
        spec: { selector: labels, ports: t.servicePorts },
      });
    }
    for (const claim of t.claims) {
      if (claims.has(claim)) continue;
      claims.add(claim);
      objects.push({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: claim },
        spec: {
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: options.volumeSize ?? '1Gi' } },
        },
      });
    }
  }
  const header = [
    'Generated by Berth from Docker settings.',
    ...(untranslated.length > 0
      ? [
          'Not translated (no Kubernetes equivalent, or changed meaning):',
          ...untranslated.map((n) => `- ${n}`),
        ]
      : ['Every setting was translated.']),
  ].join('\n');
  const yaml = `${yamlComment(header)}\n${objects.map((o) => `---\n${toYaml(o)}`).join('')}`;
  return { objects, untranslated, yaml };
};
