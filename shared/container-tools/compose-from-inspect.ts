import { toYaml, yamlComment, type Json } from '../kube/yaml-text.js';
import { serviceSettings, untranslatable } from './compose-service.js';
import type { ComposeSource, EndpointSettings, InspectedContainer, MountPoint } from './inspect-shape.js';

const COMPOSE_SERVICE = 'com.docker.compose.service';
const ANONYMOUS = /^[a-f0-9]{64}$/;
const DEFAULT_NETWORKS = new Set(['bridge', 'host', 'none']);

export interface ComposeFile {
  readonly yaml: string;
  readonly untranslated: readonly string[];
}

/** A compose service name: compose's own rule ([a-zA-Z0-9._-]), unique within the file. */
const serviceNames = (containers: readonly InspectedContainer[]): Map<string, string> => {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const c of containers) {
    const wanted = c.Config?.Labels?.[COMPOSE_SERVICE] ?? c.Name.replace(/^\//, '');
    const base = wanted.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '') || 'service';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    names.set(c.Id, name);
  }
  return names;
};

/** A container named by id or name, as a service of this file when it is one, else by its container name. */
const refTo = (
  ref: string,
  containers: readonly InspectedContainer[],
  names: Map<string, string>,
): { readonly service: string } | { readonly container: string } => {
  const target = containers.find(
    (c) => c.Id.startsWith(ref) || c.Name.replace(/^\//, '') === ref.replace(/^\//, ''),
  );
  const service = target && names.get(target.Id);
  return service ? { service } : { container: ref };
};

const mountEntry = (m: MountPoint, imageVolumes: ReadonlySet<string>): string | null => {
  const ro = m.RW === false ? ':ro' : '';
  if (m.Type === 'bind') return `${m.Source ?? ''}:${m.Destination}${ro}`;
  if (m.Type === 'volume' && m.Name && !ANONYMOUS.test(m.Name)) return `${m.Name}:${m.Destination}${ro}`;
  // An anonymous volume the image declares comes back by itself; one made with `-v /path` is kept.
  if (m.Type === 'volume' && !imageVolumes.has(m.Destination)) return m.Destination;
  return null;
};

const networkEntry = (container: InspectedContainer, settings: EndpointSettings, service: string): Json => {
  const own = new Set([container.Id.slice(0, 12), service]);
  const aliases = (settings.Aliases ?? []).filter((a) => !own.has(a));
  const entry: Record<string, Json> = {};
  if (aliases.length > 0) entry['aliases'] = aliases;
  if (settings.IPAMConfig?.IPv4Address) entry['ipv4_address'] = settings.IPAMConfig.IPv4Address;
  if (settings.IPAMConfig?.IPv6Address) entry['ipv6_address'] = settings.IPAMConfig.IPv6Address;
  return entry;
};

/**
 * "Copy as compose": a compose file (format 2.4, which docker-compose v1 and v2 both run, and
 * which keeps resources and health checks outside swarm's `deploy`) that recreates these
 * containers. Existing named volumes and user networks are used as they are (`external`), so
 * the data stays where it is; what compose cannot express is listed at the top, never dropped.
 */
export const composeFromContainers = (sources: readonly ComposeSource[]): ComposeFile => {
  const containers = sources.map((s) => s.container);
  const names = serviceNames(containers);
  const services: Record<string, Json> = {};
  const volumes: Record<string, Json> = {};
  const networks: Record<string, Json> = {};
  const untranslated: string[] = [];

  for (const source of sources) {
    const { container } = source;
    const service = names.get(container.Id) ?? 'service';
    const host = container.HostConfig ?? {};
    const entry: Record<string, Json | undefined> = serviceSettings(source);
    for (const note of untranslatable(source)) untranslated.push(`${service}: ${note}`);

    const imageVolumes = new Set(Object.keys(source.image?.Volumes ?? {}));
    const mounts = (container.Mounts ?? []).filter((m) => m.Type !== 'tmpfs');
    const mountEntries = mounts.flatMap((m) => mountEntry(m, imageVolumes) ?? []);
    if (mountEntries.length > 0) entry['volumes'] = mountEntries;
    for (const m of mounts)
      if (m.Type === 'volume' && m.Name && !ANONYMOUS.test(m.Name))
        volumes[m.Name] = { external: true, name: m.Name };

    const from = (host.VolumesFrom ?? []).map((spec) => {
      const [ref = '', mode] = spec.split(':');
      const target = refTo(ref, containers, names);
      const name = 'service' in target ? target.service : `container:${target.container}`;
      return mode ? `${name}:${mode}` : name;
    });
    if (from.length > 0) entry['volumes_from'] = from;

    const mode = host.NetworkMode ?? 'default';
    const attached = Object.entries(container.NetworkSettings?.Networks ?? {});
    if (mode.startsWith('container:')) {
      const target = refTo(mode.slice('container:'.length), containers, names);
      entry['network_mode'] = 'service' in target ? `service:${target.service}` : mode;
    } else if (mode === 'host' || mode === 'none') {
      entry['network_mode'] = mode;
    } else {
      const user = attached.filter(([name]) => !DEFAULT_NETWORKS.has(name));
      if (user.length === 0) entry['network_mode'] = 'bridge';
      else {
        if (attached.some(([name]) => name === 'bridge'))
          untranslated.push(
            `${service}: also on the default "bridge" network (compose cannot join it with others)`,
          );
        entry['networks'] = Object.fromEntries(
          user.map(([name, settings]) => [name, networkEntry(container, settings, service)]),
        );
        for (const [name] of user) networks[name] = { external: true, name };
      }
    }
    services[service] = entry;
  }

  const document: Record<string, Json> = { version: '2.4', services };
  if (Object.keys(volumes).length > 0) document['volumes'] = volumes;
  if (Object.keys(networks).length > 0) document['networks'] = networks;
  const header = [
    'Made by Berth ("Copy as compose"). Existing named volumes and networks are used as they are (external).',
    'Container names are not kept: compose names each container after its project and service.',
    ...(untranslated.length > 0
      ? ['Not expressible in compose (set them by hand after `up`):', ...untranslated.map((n) => `  - ${n}`)]
      : []),
  ];
  return { yaml: `${yamlComment(header.join('\n'))}\n${toYaml(document)}`, untranslated };
};
