import type { Readable } from 'node:stream';
import { MAX_LOAD_BYTES, type LoadResult } from '../../../shared/contract/build.js';
import type { TransferTicket } from '../../../shared/contract/transfers.js';
import type { TaskEngine } from '../../../shared/contract/tasks.js';
import { isRecord } from '../../../shared/json/readers.js';
import type { CoreDeps } from '../core-deps.js';
import { JsonStreamParser } from '../engine/json-stream.js';
import { BerthError } from '../errors/berth-error.js';
import { engineMessage } from '../errors/docker-errors.js';
import { asReadable } from './build-context.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { taskWorded } from '../../../shared/contract/task-texts.js';

/** dockerode forwards `abortSignal` on these, but @types/dockerode omits it (and getImages). */
interface WithSignal {
  readonly abortSignal: AbortSignal;
}
type InspectCall = (opts: WithSignal) => Promise<unknown>;
type GetImagesCall = (opts: WithSignal & { readonly names: string[] }) => Promise<NodeJS.ReadableStream>;
type LoadCall = (file: NodeJS.ReadableStream, opts: WithSignal) => Promise<NodeJS.ReadableStream>;

/** `berth-images-<first name>[-and-N-more].tar`, from what the user chose (ids shortened). */
export const saveFilename = (refs: readonly string[]): string => {
  const first = refs[0] ?? 'images';
  const name =
    first.startsWith('sha256:') || /^[a-f0-9]{12,64}$/.test(first)
      ? first.replace(/^sha256:/, '').slice(0, 12)
      : (first.split('/').pop() ?? first);
  const safe = name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'images';
  const more = refs.length > 1 ? `-and-${refs.length - 1}-more` : '';
  return `berth-images-${safe}${more}.tar`;
};

/**
 * A download ticket for `docker save`. The images are looked up first, so a missing one is this
 * call's answer (the engine's message), not a broken download; the tar is then streamed from
 * `/images/get` only when the page asks for it.
 */
export const saveImages = async (deps: CoreDeps, refs: readonly string[]): Promise<TransferTicket> => {
  await Promise.all(
    refs.map((ref) =>
      deps.connection.call((client, signal) => {
        const image = client.getImage(ref);
        return (image.inspect as unknown as InspectCall).call(image, { abortSignal: signal });
      }),
    ),
  );
  return deps.transfers.offerDownload({
    filename: saveFilename(refs),
    contentType: 'application/x-tar',
    open: async (signal) =>
      asReadable(
        await deps.connection.call((client) =>
          (client as unknown as { getImages: GetImagesCall }).getImages.call(client, {
            names: [...refs],
            abortSignal: signal,
          }),
        ),
      ),
  });
};

const LOADED = /^Loaded image(?: ID)?: (.+)$/gm;

/** Runs one `docker load` of `body` as a task; resolves with what the engine says it loaded. */
const loadAsTask = (
  deps: CoreDeps,
  body: Readable,
  uploadSignal: AbortSignal,
  engine: TaskEngine | undefined,
): Promise<LoadResult> => {
  let images: string[] = [];
  const summary = deps.tasks.start(
    'load',
    taskWorded('loadTitle'),
    async (task) => {
      const signal = AbortSignal.any([task.signal, uploadSignal]);
      let stream: Readable;
      try {
        // No deadline: the engine answers once it has read the tar.
        stream = asReadable(
          await deps.connection.call((client) =>
            (client.loadImage as unknown as LoadCall).call(client, body, { abortSignal: signal }),
          ),
        );
      } catch (err) {
        if (signal.aborted) throw new BerthError('CANCELLED', worded('loadCancelled'));
        if (err instanceof BerthError) throw err;
        // The engine refuses a tar that holds no image with a message worth showing as it is.
        throw new BerthError('ENGINE_ERROR', engineMessage(err));
      }
      const found: string[] = [];
      let failure: string | null = null;
      await new Promise<void>((resolve, reject) => {
        const parser = new JsonStreamParser((value) => {
          if (!isRecord(value)) return;
          const detail = isRecord(value.errorDetail) ? value.errorDetail.message : undefined;
          const error =
            typeof detail === 'string' ? detail : typeof value.error === 'string' ? value.error : null;
          if (error !== null) {
            failure = error;
            task.output(`\u001b[31m${error}\u001b[0m\n`);
            return;
          }
          if (typeof value.stream === 'string') {
            task.output(value.stream);
            for (const match of value.stream.matchAll(LOADED)) if (match[1]) found.push(match[1].trim());
          }
          if (typeof value.status === 'string') {
            const id = typeof value.id === 'string' ? value.id : '';
            const pd = isRecord(value.progressDetail) ? value.progressDetail : {};
            const current = typeof pd.current === 'number' ? pd.current : 0;
            const total = typeof pd.total === 'number' ? pd.total : null;
            if (id) {
              const label = taskWorded('layer', { id });
              task.item({
                id,
                label: label.message,
                labelText: label.text,
                status: value.status,
                current,
                total,
              });
            }
          }
        });
        let done = false;
        const end = (err: Error | null): void => {
          if (done) return;
          done = true;
          if (signal.aborted) reject(new BerthError('CANCELLED', worded('loadCancelled')));
          else if (failure !== null) reject(new BerthError('ENGINE_ERROR', failure));
          else if (err)
            reject(new BerthError('ENGINE_UNREACHABLE', worded('loadStreamBroke', { detail: err.message })));
          else resolve();
        };
        stream.on('data', (chunk: Buffer) => {
          parser.write(chunk);
        });
        stream.on('end', () => {
          parser.end();
          end(null);
        });
        stream.on('error', end);
        stream.on('close', () => {
          end(new Error('the connection closed before the load finished'));
        });
      });
      images = found;
      if (found.length === 0) return { message: taskWorded('loadedNothing') };
      return { message: taskWorded('loaded', { images: found.join(', ') }), result: found[0] ?? '' };
    },
    engine,
  );
  return deps.tasks.whenEnded(summary.id).then((ended) => {
    if (ended.state === 'succeeded') return { taskId: ended.id, images };
    if (ended.state === 'cancelled') throw new BerthError('CANCELLED', worded('loadCancelled'));
    throw ended.error
      ? BerthError.fromEnvelope(ended.error)
      : new BerthError('ENGINE_ERROR', worded('loadFailed'));
  });
};

/** An upload ticket: the tar PUT there goes straight into `/images/load`, as a task. */
export const expectImageTar = (deps: CoreDeps, engine?: TaskEngine): TransferTicket =>
  deps.transfers.expectUpload({
    maxBytes: MAX_LOAD_BYTES,
    accept: (body, signal) => loadAsTask(deps, body, signal, engine),
  });
