import { Readable } from 'node:stream';
import type { CommitResult, ComposeExport } from '../../../shared/contract/container-tools.js';
import { composeFromContainers } from '../../../shared/container-tools/compose-from-inspect.js';
import type {
  ComposeSource,
  ImageConfig,
  InspectedContainer,
} from '../../../shared/container-tools/inspect-shape.js';
import { parseReference } from '../../../shared/images/reference.js';
import { openEngineStream } from '../engine/open-engine-stream.js';
import { BerthError } from '../errors/berth-error.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** `docker rename`: the engine renames in place (same id, same everything else). */
export const renameContainer = async (
  connection: EngineConnection,
  ref: string,
  name: string,
): Promise<{ readonly name: string }> => {
  const wanted = name.replace(/^\//, '');
  await connection.call((client, signal) =>
    client.getContainer(ref).rename({ name: wanted, abortSignal: signal }),
  );
  return { name: wanted };
};

/** `docker commit`: the tag is split as the CLI does (a registry port is not a tag). */
export const commitContainer = async (
  connection: EngineConnection,
  request: {
    readonly ref: string;
    readonly image: string;
    readonly message?: string | undefined;
    readonly author?: string | undefined;
    readonly changes: readonly string[];
    readonly pause: boolean;
  },
): Promise<CommitResult> => {
  const parsed = parseReference(request.image);
  if (!parsed.ok) throw new BerthError('VALIDATION', parsed.message);
  const { tag } = parsed.reference;
  const repo = tag === null ? request.image : request.image.slice(0, request.image.length - tag.length - 1);
  // A commit copies the container's whole filesystem: allow it the time a big one takes.
  const answer = await connection.call(
    (client, signal) =>
      client.getContainer(request.ref).commit({
        repo,
        tag: tag ?? 'latest',
        comment: request.message ?? '',
        author: request.author ?? '',
        changes: [...request.changes],
        pause: request.pause,
        abortSignal: signal,
      }) as Promise<{ Id?: string }>,
    10 * 60_000,
  );
  if (!answer.Id) throw new BerthError('INTERNAL', worded('engineNoImageId'));
  return { id: answer.Id };
};

/** `docker export`'s tar, opened only when the page fetches the download. */
export const openExport = (
  connection: EngineConnection,
  ref: string,
  cancel: AbortSignal,
): Promise<Readable> =>
  openEngineStream(
    connection,
    async (client, signal) => {
      const stream: unknown = await client.getContainer(ref).export({ abortSignal: signal });
      if (!(stream instanceof Readable)) throw new BerthError('INTERNAL', worded('engineNoExportStream'));
      return stream;
    },
    cancel,
  );

/** "Copy as compose": each container's inspect with its image's config (what it inherits is left out). */
export const composeExport = async (
  connection: EngineConnection,
  refs: readonly string[],
): Promise<ComposeExport> => {
  const sources = await Promise.all(
    refs.map(async (ref): Promise<ComposeSource> => {
      const container = (await connection.call((client, signal) =>
        client.getContainer(ref).inspect({ abortSignal: signal }),
      )) as unknown as InspectedContainer & { readonly Image?: string };
      const image = await connection
        .call((client) => client.getImage(container.Image ?? '').inspect())
        .then((doc) => (doc.Config as ImageConfig | undefined) ?? null)
        // The image may be gone (removed after the container was made): then nothing is inherited.
        .catch(() => null);
      return { container, image };
    }),
  );
  return composeFromContainers(sources);
};
