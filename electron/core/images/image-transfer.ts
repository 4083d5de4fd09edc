import type { TaskEngine, TaskSummary } from '../../../shared/contract/tasks.js';
import { familiarName, parseReference, type ImageReference } from '../../../shared/images/reference.js';
import { describeRegistryError } from '../../../shared/images/registry-errors.js';
import { asProgressMessage, TransferProgress } from '../../../shared/images/transfer-progress.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { JsonStreamParser } from '../engine/json-stream.js';
import { openEngineStream } from '../engine/open-engine-stream.js';
import { BerthError } from '../errors/berth-error.js';
import { engineMessage, isAbortError, statusCodeOf } from '../errors/docker-errors.js';
import { engineAuth, type CredentialStore } from '../registry/credential-store.js';
import type { TaskContext, TaskOutcome, TaskRegistry } from '../tasks/task-registry.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { type TaskWorded, taskWorded } from '../../../shared/contract/task-texts.js';

type EngineStream = NodeJS.ReadableStream & { destroy(error?: Error): void };

export type TransferKind = 'pull' | 'push';

const TITLES = { pull: 'pullTitle', push: 'pushTitle' } as const satisfies Record<TransferKind, string>;

const parse = (input: string): ImageReference => {
  const parsed = parseReference(input);
  if (!parsed.ok) throw new BerthError('VALIDATION', parsed.message);
  return parsed.reference;
};

/** The title a task list shows, and the one `loginTargetOf` reads the reference back from. */
export const transferTitle = (kind: TransferKind, reference: ImageReference): TaskWorded =>
  taskWorded(TITLES[kind], { ref: reference.familiar });

/**
 * Reads a progress stream to its end. Success only when the stream ended normally and carried
 * no error message; a stream destroyed under us (cancel, engine gone) is never success.
 */
const follow = (stream: EngineStream, ctx: TaskContext, progress: TransferProgress): Promise<void> =>
  new Promise((resolve, reject) => {
    let settled = false;
    const done = (err?: Error): void => {
      if (settled) return;
      settled = true;
      ctx.signal.removeEventListener('abort', cancel);
      if (err) reject(err);
      else resolve();
    };
    const cancel = (): void => {
      stream.destroy();
      done(new BerthError('CANCELLED', worded('cancelled')));
    };
    const parser = new JsonStreamParser(
      (value) => {
        const message = asProgressMessage(value);
        if (!message) return;
        const { item, line } = progress.apply(message);
        if (item) {
          ctx.item(item);
          const overall = progress.overall();
          ctx.progress(overall.current, overall.total);
        }
        if (line) ctx.output(`${line}\n`);
      },
      (garbage) => {
        ctx.output(`${garbage.slice(0, 500)}\n`);
      },
    );
    ctx.signal.addEventListener('abort', cancel, { once: true });
    if (ctx.signal.aborted) {
      cancel();
      return;
    }
    stream.on('data', (chunk: Buffer | string) => {
      parser.write(chunk);
    });
    stream.on('end', () => {
      parser.end();
      done();
    });
    stream.on('error', (err: Error) => {
      done(err);
    });
    stream.on('close', () => {
      done(new BerthError('ENGINE_ERROR', worded('progressStreamClosed')));
    });
  });

/**
 * Runs one pull or push as a task: credentials from the docker CLI's config go in
 * X-Registry-Auth, each layer is a task item with its bytes, the task's progress is the bytes of
 * every layer together, and cancel aborts the engine request (the engine stops the transfer).
 */
export const startTransfer = (
  deps: {
    readonly connection: EngineConnection;
    readonly tasks: TaskRegistry;
    readonly credentials: CredentialStore;
    /** Named on the task when the request named an engine. */
    readonly engine?: TaskEngine;
  },
  kind: TransferKind,
  input: string,
  /** Pull only: `linux/arm64`, as `docker pull --platform`. */
  options: { readonly platform?: string } = {},
): TaskSummary => {
  const reference = parse(input);
  if (kind === 'push' && reference.digest) {
    throw new BerthError('VALIDATION', worded('pushDigest'));
  }
  const what = reference.familiar;
  return deps.tasks.start(
    kind,
    transferTitle(kind, reference),
    async (ctx): Promise<TaskOutcome> => {
      // A helper may hang (a locked keychain): cancel kills it, and the task says who it asks.
      const credentials = await deps.credentials.get(reference.registry, {
        signal: ctx.signal,
        asking: (binary) => {
          ctx.step(taskWorded('askingCredentials', { binary }));
        },
      });
      ctx.step(null);
      const auth = engineAuth(credentials);
      const progress = new TransferProgress();
      let stream: EngineStream;
      try {
        stream = await openEngineStream(
          deps.connection,
          async (client, signal) => {
            const repo = familiarName(reference.registry, reference.path);
            if (kind === 'pull') {
              return (await client.createImage(auth, {
                fromImage: repo,
                tag: reference.digest ?? reference.tag ?? 'latest',
                ...(options.platform ? { platform: options.platform } : {}),
                abortSignal: signal,
              })) as EngineStream;
            }
            return (await client.getImage(repo).push({
              tag: reference.tag ?? 'latest',
              authconfig: auth,
              abortSignal: signal,
            })) as EngineStream;
          },
          ctx.signal,
        );
      } catch (err) {
        if (ctx.signal.aborted) throw new BerthError('CANCELLED', worded('cancelled'));
        if (err instanceof BerthError || isAbortError(err)) throw err;
        if (kind === 'push' && statusCodeOf(err) === 404) {
          throw new BerthError('NOT_FOUND', worded('pushNoLocalImage', { ref: what }));
        }
        const plain = describeRegistryError(engineMessage(err), reference.registry, what, {
          status: statusCodeOf(err),
        });
        throw BerthError.fromEnvelope(plain);
      }
      await follow(stream, ctx, progress);
      if (progress.error !== null) {
        const plain = describeRegistryError(progress.error, reference.registry, what, {
          status: progress.errorCode ?? undefined,
        });
        throw BerthError.fromEnvelope(plain);
      }
      const overall = progress.overall();
      ctx.progress(overall.total || 1, overall.total || 1);
      const count = progress.layerCount;
      return kind === 'pull'
        ? { message: taskWorded('pulled', { ref: what, count }), result: what }
        : {
            message: progress.digest
              ? taskWorded('pushedDigest', { ref: what, count, digest: progress.digest })
              : taskWorded('pushed', { ref: what, count }),
            result: what,
          };
    },
    deps.engine,
  );
};
