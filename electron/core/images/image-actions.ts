import type { ImageUser, RemoveOutcome } from '../../../shared/contract/images.js';
import { parseReference } from '../../../shared/images/reference.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { toEnvelope } from '../errors/docker-errors.js';
import { dial } from '../engine/docker-calls.js';
import { inspectImage } from './image-details.js';
import { usersByImage } from './image-list.js';
import { worded } from '../../../shared/contract/error-texts.js';

interface DeleteItem {
  readonly Untagged?: string;
  readonly Deleted?: string;
}

interface InspectedImage {
  readonly Id: string;
  readonly RepoTags?: readonly string[] | null;
}

const deleteStatus = { 200: true, 404: 'no such image', 409: 'conflict', 500: 'server error' } as const;

const deleteImage = async (
  connection: EngineConnection,
  ref: string,
  force: boolean,
): Promise<{ untagged: string[]; deleted: string[] }> => {
  const answer = await connection.call((client, signal) =>
    dial(client, {
      path: `/images/${ref}`,
      method: 'DELETE',
      signal,
      query: { force, noprune: false },
      statusCodes: deleteStatus,
    }),
  );
  const items = Array.isArray(answer) ? (answer as DeleteItem[]) : [];
  return {
    untagged: items.flatMap((item) => (typeof item.Untagged === 'string' ? [item.Untagged] : [])),
    deleted: items.flatMap((item) => (typeof item.Deleted === 'string' ? [item.Deleted] : [])),
  };
};

/** The two fields removal needs, from the same inspect call the detail view makes. */
const inspect = async (connection: EngineConnection, ref: string): Promise<InspectedImage> =>
  (await inspectImage(connection, ref)) as unknown as InspectedImage;

const usersOf = async (connection: EngineConnection, imageId: string): Promise<ImageUser[]> => {
  const containers = await connection.call((client, signal) =>
    client.listContainers({ all: true, filters: { ancestor: [imageId] }, abortSignal: signal }),
  );
  // `ancestor` also matches images built on top of this one; only exact users block removal.
  return usersByImage(containers).get(imageId) ?? [];
};

const names = (users: readonly ImageUser[]): string =>
  users.map((user) => `${user.name || user.id.slice(0, 12)} (${user.state})`).join(', ');

const inUse = (ref: string, users: readonly ImageUser[]): BerthError =>
  new BerthError(
    'CONFLICT',
    worded('imageInUseNothingRemoved', { ref, users: names(users), count: users.length }),
  );

const failed = (ref: string, err: unknown, usedBy: readonly ImageUser[] = []): RemoveOutcome => {
  const { code, message } = toEnvelope(err);
  return { ref, ok: false, untagged: [], deleted: [], usedBy, error: { code, message } };
};

/**
 * Removes whole images. An image in use by any container (running or stopped) is refused with
 * the names of those containers, unless `force` (then the engine decides, and still refuses for
 * a running one). An image with several tags loses each tag in turn, the last removes it, so no
 * force is needed for that. One failure never hides the other outcomes.
 */
export const removeImages = async (
  connection: EngineConnection,
  ids: readonly string[],
  force: boolean,
): Promise<readonly RemoveOutcome[]> => {
  const outcomes: RemoveOutcome[] = [];
  for (const ref of ids) {
    let users: ImageUser[] = [];
    try {
      const image = await inspect(connection, ref);
      users = await usersOf(connection, image.Id);
      if (users.length > 0 && !force) throw inUse(ref, users);
      const tags = image.RepoTags ?? [];
      const result = { untagged: [] as string[], deleted: [] as string[] };
      if (!force && tags.length > 1) {
        for (const tag of tags) {
          const step = await deleteImage(connection, tag, false);
          result.untagged.push(...step.untagged);
          result.deleted.push(...step.deleted);
        }
      } else {
        const step = await deleteImage(connection, image.Id, force);
        result.untagged.push(...step.untagged);
        result.deleted.push(...step.deleted);
      }
      outcomes.push({ ref, ok: true, ...result, usedBy: users });
    } catch (err) {
      outcomes.push(failed(ref, err, users));
    }
  }
  return outcomes;
};

/**
 * Removes names. A name that is not the image's last one only untags; the last name of an image
 * in use is refused with its users (the engine would refuse too, less clearly).
 */
export const untagImages = async (
  connection: EngineConnection,
  references: readonly string[],
): Promise<readonly RemoveOutcome[]> => {
  const outcomes: RemoveOutcome[] = [];
  for (const ref of references) {
    let users: ImageUser[] = [];
    try {
      const image = await inspect(connection, ref);
      if ((image.RepoTags ?? []).length <= 1) {
        users = await usersOf(connection, image.Id);
        if (users.length > 0) throw inUse(ref, users);
      }
      outcomes.push({ ref, ok: true, ...(await deleteImage(connection, ref, false)), usedBy: users });
    } catch (err) {
      outcomes.push(failed(ref, err, users));
    }
  }
  return outcomes;
};

/** `docker tag SOURCE TARGET`; the target is normalised as the CLI does (`latest` by default). */
export const tagImage = async (
  connection: EngineConnection,
  source: string,
  target: string,
): Promise<{ reference: string }> => {
  const parsed = parseReference(target);
  if (!parsed.ok) throw new BerthError('VALIDATION', parsed.message);
  const { reference } = parsed;
  const repo = reference.familiar.slice(0, reference.familiar.length - `:${reference.tag ?? ''}`.length);
  await connection.call((client, signal) =>
    dial(client, {
      path: `/images/${source}/tag`,
      method: 'POST',
      signal,
      query: { repo, tag: reference.tag ?? 'latest' },
      statusCodes: {
        201: true,
        200: true,
        400: 'bad parameter',
        404: 'no such image',
        409: 'conflict',
        500: 'server error',
      },
    }),
  );
  return { reference: reference.familiar };
};
