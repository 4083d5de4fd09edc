import type { ImageUpdateCheck } from '../../../shared/contract/image-updates.js';
import { familiarName, parseReference, type ImageReference } from '../../../shared/images/reference.js';
import { toEnvelope } from '../errors/docker-errors.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import type { CredentialStore } from '../registry/credential-store.js';
import { remoteDigest } from './registry-digest.js';

interface Inspected {
  readonly Id: string;
  readonly Image: string;
  readonly Config?: { readonly Image?: string };
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;

/** The engine talks plain HTTP to loopback registries and to those its `insecure-registries` list. */
const insecureRegistries = async (connection: EngineConnection): Promise<(registry: string) => boolean> => {
  const info = (await connection.call((client) => client.info())) as {
    RegistryConfig?: { IndexConfigs?: Record<string, { Secure?: boolean }> };
  };
  const configs = info.RegistryConfig?.IndexConfigs ?? {};
  return (registry) => LOOPBACK.test(registry) || configs[registry]?.Secure === false;
};

/** The digest the local image was pulled with, for this repository (`RepoDigests` names it). */
const localDigest = (repoDigests: readonly string[], reference: ImageReference): string | null => {
  const names = new Set([familiarName(reference.registry, reference.path), reference.name]);
  for (const entry of repoDigests) {
    const at = entry.lastIndexOf('@');
    if (at > 0 && names.has(entry.slice(0, at))) return entry.slice(at + 1);
  }
  return null;
};

/**
 * For each reference these containers were made from: is the registry's manifest for that tag the
 * one the containers run? An image with no digest for its repository was built or loaded here and
 * is never sent to a registry; one made from an id or a digest cannot move.
 */
export const checkUpdates = async (
  connection: EngineConnection,
  credentials: CredentialStore,
  refs: readonly string[],
  now: () => number = Date.now,
): Promise<ImageUpdateCheck[]> => {
  const containers = await Promise.all(
    refs.map(
      (ref) =>
        connection.call((client, signal) =>
          client.getContainer(ref).inspect({ abortSignal: signal }),
        ) as unknown as Promise<Inspected>,
    ),
  );
  const groups = new Map<string, { imageId: string; containers: string[] }[]>();
  for (const c of containers) {
    const name = c.Config?.Image ?? '';
    const list = groups.get(name) ?? [];
    const same = list.find((g) => g.imageId === c.Image);
    if (same) same.containers.push(c.Id);
    else list.push({ imageId: c.Image, containers: [c.Id] });
    groups.set(name, list);
  }
  let insecure: ((registry: string) => boolean) | null = null;
  const results: ImageUpdateCheck[] = [];
  for (const [image, variants] of groups) {
    const parsed = parseReference(image);
    for (const variant of variants) {
      const base = { image, containers: variant.containers, checkedAt: now() };
      if (!parsed.ok || parsed.reference.digest) {
        results.push({ ...base, status: 'local', localDigest: null, remoteDigest: null, message: null });
        continue;
      }
      const reference = parsed.reference;
      const inspected = (await connection.call((client) => client.getImage(variant.imageId).inspect())) as {
        RepoDigests?: string[];
      };
      const local = localDigest(inspected.RepoDigests ?? [], reference);
      if (local === null) {
        results.push({ ...base, status: 'local', localDigest: null, remoteDigest: null, message: null });
        continue;
      }
      try {
        insecure ??= await insecureRegistries(connection);
        const remote = await remoteDigest(reference, await credentials.get(reference.registry), {
          insecure: insecure(reference.registry),
        });
        results.push({
          ...base,
          status: remote === local ? 'current' : 'available',
          localDigest: local,
          remoteDigest: remote,
          message: null,
        });
      } catch (err) {
        results.push({
          ...base,
          status: 'unknown',
          localDigest: local,
          remoteDigest: null,
          message: toEnvelope(err).message,
        });
      }
    }
  }
  return results;
};
