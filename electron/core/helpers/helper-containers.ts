import { BERTH_HELPER_LABEL } from '../../../shared/contract/containers.js';
import { hostname } from 'node:os';
import type Docker from 'dockerode';
import { pack } from 'tar-stream';
import { createContainerCall } from '../engine/docker-calls.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { statusCodeOf } from '../errors/docker-errors.js';
import { worded } from '../../../shared/contract/error-texts.js';

/*
 * Short-lived helper containers give Berth a view of a volume through the archive API. They are
 * created and never started, so the image needs no shell or tools: any local image will do, and
 * when the engine has none Berth builds its own empty one (FROM scratch, from an in-memory tar,
 * nothing pulled). Every helper is labelled as Berth's, with the process that made it, so a
 * later start can tell a crashed Berth's leftovers from helpers another Berth is still using.
 */

export const HELPER_LABEL = BERTH_HELPER_LABEL;
export const HELPER_VOLUME_LABEL = 'dev.berth.helper.volume';
const HELPER_OWNER_LABEL = 'dev.berth.helper.owner';
const HELPER_IMAGE_LABEL = 'dev.berth.helper-image';
const HELPER_IMAGE_TAG = 'berth-helper:1';
/** Where the volume is mounted inside the helper. */
export const HELPER_MOUNT = '/berth-volume';
/** A helper from another host (remote engine) is swept once it is this old. */
const FOREIGN_HELPER_MAX_AGE_S = 60 * 60;

export type HelperPurpose = 'volume-browse' | 'volume-export' | 'volume-import';

export interface Helper {
  readonly id: string;
  /** Removes the helper; safe to call more than once, never throws. */
  release(): Promise<void>;
}

const ownerTag = (): string => `${hostname()}:${process.pid}`;

/** Is the Berth that labelled a helper `owner` still running? Unknown hosts: assume yes. */
const ownerAlive = (owner: string | undefined): boolean | null => {
  if (!owner) return false;
  const cut = owner.lastIndexOf(':');
  if (owner.slice(0, cut) !== hostname()) return null;
  const pid = Number(owner.slice(cut + 1));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A one-file-less build context: the Dockerfile only, so nothing is pulled or copied. */
const helperImageContext = (): NodeJS.ReadableStream => {
  const tar = pack();
  tar.entry({ name: 'Dockerfile' }, `FROM scratch\nLABEL ${HELPER_IMAGE_LABEL}=1\nCMD ["/berth-helper"]\n`);
  tar.finalize();
  return tar;
};

export class HelperContainers {
  private image: Promise<string> | null = null;

  constructor(private readonly connection: EngineConnection) {}

  /** Creates a helper with `volume` mounted at HELPER_MOUNT; release it in a finally block. */
  async acquire(volume: string, purpose: HelperPurpose, readOnly: boolean): Promise<Helper> {
    let id: string;
    try {
      id = await this.create(await this.helperImage(), volume, purpose, readOnly);
    } catch (err) {
      // The image picked earlier may have been removed since: pick again, once.
      if (statusCodeOf(err) !== 404) throw err;
      this.image = null;
      id = await this.create(await this.helperImage(), volume, purpose, readOnly);
    }
    let released: Promise<void> | null = null;
    return {
      id,
      release: () => (released ??= this.remove(id)),
    };
  }

  private async create(
    image: string,
    volume: string,
    purpose: HelperPurpose,
    readOnly: boolean,
  ): Promise<string> {
    const created = await this.connection.call((client, signal) =>
      createContainerCall(
        client,
        {
          Image: image,
          // Never started: Cmd only satisfies create for images without one.
          Cmd: ['/berth-helper'],
          Labels: {
            [HELPER_LABEL]: purpose,
            [HELPER_VOLUME_LABEL]: volume,
            [HELPER_OWNER_LABEL]: ownerTag(),
          },
          NetworkDisabled: true,
          HostConfig: {
            Mounts: [{ Type: 'volume', Source: volume, Target: HELPER_MOUNT, ReadOnly: readOnly }],
            NetworkMode: 'none',
          },
        },
        undefined,
        signal,
      ),
    );
    return created.id;
  }

  /** Runs `fn` with a helper and removes it whatever happens. */
  async with<T>(
    volume: string,
    purpose: HelperPurpose,
    readOnly: boolean,
    fn: (id: string) => Promise<T>,
  ): Promise<T> {
    const helper = await this.acquire(volume, purpose, readOnly);
    try {
      return await fn(helper.id);
    } finally {
      await helper.release();
    }
  }

  /**
   * Removes helpers left by a Berth that is gone (crashed, killed): on this host, those whose
   * process no longer runs; from other hosts, those older than an hour.
   */
  async sweep(client: Docker, signal: AbortSignal): Promise<number> {
    const stale = await client.listContainers({
      all: true,
      filters: { label: [HELPER_LABEL] },
      abortSignal: signal,
    } as Docker.ContainerListOptions);
    const now = Date.now() / 1000;
    let removed = 0;
    for (const info of stale) {
      const alive = ownerAlive(info.Labels[HELPER_OWNER_LABEL]);
      const gone = alive === false || (alive === null && now - info.Created > FOREIGN_HELPER_MAX_AGE_S);
      if (!gone) continue;
      try {
        await client.getContainer(info.Id).remove({ force: true, v: false, abortSignal: signal });
        removed++;
      } catch (err) {
        if (statusCodeOf(err) !== 404) throw err;
      }
    }
    return removed;
  }

  private async remove(id: string): Promise<void> {
    try {
      // The named volume stays: `v` only concerns anonymous volumes, and it is false anyway.
      await this.connection.call((client, signal) =>
        client.getContainer(id).remove({ force: true, v: false, abortSignal: signal }),
      );
    } catch (err) {
      // Gone already is fine; anything else is left to the next start's sweep.
      if (statusCodeOf(err) !== 404) console.warn(`berth: could not remove helper ${id.slice(0, 12)}`, err);
    }
  }

  /** Berth's own helper image if built, else the smallest local image, else build one. */
  private helperImage(): Promise<string> {
    this.image ??= this.pickImage().catch((err: unknown) => {
      this.image = null;
      throw err;
    });
    return this.image;
  }

  private async pickImage(): Promise<string> {
    const images = await this.connection.call((client, signal) =>
      client.listImages({ abortSignal: signal } as Docker.ListImagesOptions),
    );
    const own = images.find((image) => {
      // The engine sends `"Labels": null` for an image without labels, whatever the typings say.
      const labels = image.Labels as Readonly<Record<string, string>> | null;
      return labels?.[HELPER_IMAGE_LABEL] === '1';
    });
    const smallest = [...images].sort((a, b) => a.Size - b.Size)[0];
    const chosen = own ?? smallest;
    if (chosen) return chosen.Id;
    await this.buildImage();
    return HELPER_IMAGE_TAG;
  }

  private async buildImage(): Promise<void> {
    const output = await this.connection.call(
      (client, signal) =>
        client.buildImage(helperImageContext(), {
          t: HELPER_IMAGE_TAG,
          labels: { [HELPER_IMAGE_LABEL]: '1' },
          abortSignal: signal,
        } as Docker.ImageBuildOptions),
      60_000,
    );
    const text = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      output.on('data', (chunk: Buffer) => chunks.push(chunk));
      output.on('end', () => {
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
      output.on('error', reject);
    });
    const failed = /"error(?:Detail)?":\s*(\{[^}]*\}|"[^"]*")/.exec(text);
    if (failed)
      throw new BerthError('ENGINE_ERROR', worded('helperImageFailed', { detail: failed[1] ?? '' }));
  }
}
