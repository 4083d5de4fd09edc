import type { ImageInfo, LocalImage, RunOptions } from '../../../shared/contract/run.js';
import { imageDefaultsFromInspect } from '../../../shared/run/from-inspect.js';
import { parsePortRange } from '../../../shared/run/port-spec.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { canBind, freePort } from './port-check.js';

/** Local images by reference (untagged ones by id), for the picker. */
export const localImages = async (connection: EngineConnection): Promise<LocalImage[]> => {
  const images = await connection.call((client, signal) => client.listImages({ abortSignal: signal }));
  return images
    .flatMap((image) => {
      const tags = (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>');
      return tags.map((ref) => ({ ref, id: image.Id, size: image.Size }));
    })
    .sort((a, b) => a.ref.localeCompare(b.ref));
};

/** Suggest the container's own port when it is free and unprivileged, else any free one. */
const suggestHostPort = async (
  key: string,
  taken: Set<number>,
  engineIsLocal: boolean,
): Promise<number | null> => {
  const [port = '', protocol = 'tcp'] = key.split('/');
  const range = parsePortRange(port);
  if (typeof range === 'string' || range.start !== range.end) return null;
  const own = range.start;
  // A remote engine's host is not this one: only what its containers publish is known.
  if (!engineIsLocal) return taken.has(own) ? null : own;
  if (
    own >= 1024 &&
    !taken.has(own) &&
    (await canBind('0.0.0.0', own, protocol === 'udp' ? 'udp' : 'tcp')) &&
    (await canBind('127.0.0.1', own, protocol === 'udp' ? 'udp' : 'tcp'))
  ) {
    return own;
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = await freePort();
    if (!taken.has(candidate)) return candidate;
  }
  return null;
};

/**
 * What an image brings (exposed ports, env, command), with a free host port suggested for each
 * exposed port. A missing image is NOT_FOUND with the engine's message ("No such image: …").
 */
export const imageDefaults = async (
  connection: EngineConnection,
  ref: string,
  publishedPorts: ReadonlySet<number>,
  engineIsLocal: boolean,
): Promise<ImageInfo> => {
  // dockerode's image inspect takes no signal: the call's deadline still bounds the wait.
  const inspect = (await connection.call((client) => client.getImage(ref).inspect())) as unknown as Record<
    string,
    unknown
  >;
  const defaults = imageDefaultsFromInspect(inspect);
  const taken = new Set(publishedPorts);
  const suggested: Record<string, number> = {};
  for (const key of defaults.exposedPorts) {
    const port = await suggestHostPort(key, taken, engineIsLocal);
    if (port !== null) {
      suggested[key] = port;
      taken.add(port);
    }
  }
  return {
    ref,
    id: typeof inspect.Id === 'string' ? inspect.Id : '',
    exposedPorts: defaults.exposedPorts,
    suggestedHostPorts: suggested,
    env: defaults.env,
    cmd: defaults.cmd,
    entrypoint: defaults.entrypoint,
    workingDir: defaults.workingDir,
    volumes: defaults.volumes,
  };
};

/** Networks and volumes to pick from. */
export const runOptions = async (connection: EngineConnection): Promise<RunOptions> => {
  const [networks, volumes] = await Promise.all([
    connection.call((client, signal) => client.listNetworks({ abortSignal: signal })),
    connection.call((client, signal) => client.listVolumes({ abortSignal: signal })),
  ]);
  return {
    networks: networks.map((n) => n.Name).sort(),
    // The engine answers null rather than [] when there are none.
    volumes: ((volumes.Volumes as typeof volumes.Volumes | null) ?? []).map((v) => v.Name).sort(),
  };
};
