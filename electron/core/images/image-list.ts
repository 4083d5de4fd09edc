import type Docker from 'dockerode';
import type { ImageList, ImageSummary, ImageUser } from '../../../shared/contract/images.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import type { Disposable } from '../rpc/disposable.js';
import { dial } from '../engine/docker-calls.js';

const NONE_TAG = '<none>:<none>';
const NONE_DIGEST = '<none>@<none>';

const strings = (value: unknown, none: string): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item !== none)
    : [];

const containerName = (names: readonly string[] | undefined): string => (names?.[0] ?? '').replace(/^\//, '');

/** Which containers (any state) use each image id: an image in use cannot be removed as is. */
export const usersByImage = (containers: readonly Docker.ContainerInfo[]): Map<string, ImageUser[]> => {
  const users = new Map<string, ImageUser[]>();
  for (const container of containers) {
    const list = users.get(container.ImageID) ?? [];
    list.push({ id: container.Id, name: containerName(container.Names), state: container.State });
    users.set(container.ImageID, list);
  }
  return users;
};

export const toImageSummary = (
  image: Docker.ImageInfo,
  users: ReadonlyMap<string, readonly ImageUser[]>,
  parents: ReadonlySet<string>,
): ImageSummary => {
  const repoTags = strings(image.RepoTags, NONE_TAG);
  return {
    id: image.Id,
    repoTags,
    repoDigests: strings(image.RepoDigests, NONE_DIGEST),
    size: image.Size,
    created: image.Created,
    // The engine sends null for an image without labels, whatever the typings say.
    labels: { ...image.Labels },
    dangling: repoTags.length === 0 && !parents.has(image.Id),
    usedBy: users.get(image.Id) ?? [],
  };
};

interface DiskUsage {
  readonly LayersSize?: number;
}

/**
 * The engine's `/system/df` also sizes every container's writable layer (slow with many
 * containers), so its answer is kept until an image event says the layers changed.
 */
export class DiskUseCache implements Disposable {
  private value: Promise<number | null> | null = null;
  private readonly subscription: Disposable;

  constructor(private readonly connection: EngineConnection) {
    this.subscription = connection.onEvent((event) => {
      if (event.type === 'image') this.value = null;
    });
  }

  get(): Promise<number | null> {
    this.value ??= this.connection
      .call(async (client, signal) => {
        const df = (await dial(client, {
          path: '/system/df',
          method: 'GET',
          signal,
          statusCodes: { 200: true, 500: 'server error' },
        })) as DiskUsage;
        return typeof df.LayersSize === 'number' ? df.LayersSize : null;
      })
      .catch(() => {
        this.value = null;
        return null;
      });
    return this.value;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/**
 * The images with the containers that use them, and the disk they take with each shared layer
 * counted once. Two engine calls (plus `/system/df` after image changes): the list is only
 * fetched again after image or container events (see image-changes.ts), never polled.
 */
export const listImages = async (connection: EngineConnection, diskUse: DiskUseCache): Promise<ImageList> => {
  const [images, containers, layersSize] = await Promise.all([
    connection.call((client, signal) => client.listImages({ abortSignal: signal })),
    connection.call((client, signal) => client.listContainers({ all: true, abortSignal: signal })),
    diskUse.get(),
  ]);
  const users = usersByImage(containers);
  const parents = new Set(images.map((image) => image.ParentId).filter(Boolean));
  return {
    images: images.map((image) => toImageSummary(image, users, parents)),
    diskUse: layersSize,
  };
};
