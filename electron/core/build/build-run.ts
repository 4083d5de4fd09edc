import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { BuildProgress, type BuildFailure, type BuildStep } from '../../../shared/build/build-progress.js';
import type { BuildRequest } from '../../../shared/contract/build.js';
import type { TaskEngine, TaskItem, TaskSummary } from '../../../shared/contract/tasks.js';
import type { CoreDeps } from '../core-deps.js';
import { JsonStreamParser } from '../engine/json-stream.js';
import { BerthError } from '../errors/berth-error.js';
import type { TaskContext } from '../tasks/task-registry.js';
import { asReadable, packContext, resolveBuildContext, type BuildContext } from './build-context.js';
import { worded, type Worded } from '../../../shared/contract/error-texts.js';
import { taskWorded } from '../../../shared/contract/task-texts.js';

/** The `/build` query, as `docker build` (classic builder) sends it. */
export interface BuildQuery {
  dockerfile: string;
  rm: boolean;
  forcerm: boolean;
  nocache: boolean;
  buildargs: Record<string, string>;
  labels: Record<string, string>;
  /** Repeated `t=` parameters (docker-modem writes arrays that way). */
  t?: string[];
  target?: string;
  pull?: '1';
}

/** @types/dockerode types `t` as one string and `pull` as a boolean; the engine takes both forms. */
type BuildCall = (
  file: NodeJS.ReadableStream,
  options: BuildQuery & { abortSignal: AbortSignal },
) => Promise<NodeJS.ReadableStream>;

export const buildQuery = (req: Required<BuildRequest>, context: BuildContext): BuildQuery => {
  const query: BuildQuery = {
    dockerfile: context.dockerfileName,
    // No intermediate containers are left behind, not even after a failed step.
    rm: true,
    forcerm: true,
    nocache: req.noCache,
    buildargs: Object.fromEntries(req.buildArgs.map(({ key, value }) => [key, value])),
    labels: Object.fromEntries(req.labels.map(({ key, value }) => [key, value])),
  };
  if (req.tags.length > 0) query.t = req.tags.map((tag) => tag.trim());
  if (req.target) query.target = req.target;
  if (req.pull) query.pull = '1';
  return query;
};

/**
 * Steps are the task's items (not its progress: the task list reads progress as bytes).
 */
const STEP_STATES = { Running: 'stepRunning', Done: 'stepDone', Failed: 'stepFailed' } as const;

const stepItem = (step: BuildStep, status: keyof typeof STEP_STATES): TaskItem => {
  const label = taskWorded('buildStep', {
    index: step.index,
    total: step.total,
    instruction: step.instruction,
  });
  const state = taskWorded(STEP_STATES[status]);
  return {
    id: `step-${step.index}`,
    label: label.message,
    labelText: label.text,
    status: state.message,
    statusText: state.text,
    current: status === 'Done' ? 1 : 0,
    total: 1,
  };
};

/** Reads the engine's progress into the task until the stream ends; throws on any failure. */
const followBuild = (
  stream: Readable,
  task: TaskContext,
  packFailed: () => Error | null,
): Promise<BuildProgress> =>
  new Promise((resolve, reject) => {
    const progress = new BuildProgress();
    let running: BuildStep | null = null;
    const parser = new JsonStreamParser(
      (value) => {
        const failedBefore = progress.failure !== null;
        const update = progress.apply(value);
        if (update.text) task.output(update.text);
        if (update.stepStarted) {
          if (running) task.item(stepItem(running, 'Done'));
          running = update.stepStarted;
          task.item(stepItem(running, 'Running'));
        }
        const failed = progress.failure;
        if (!failedBefore && failed?.step) task.item(stepItem(failed.step, 'Failed'));
      },
      (garbage) => {
        task.output(`${garbage}\n`);
      },
    );
    let settled = false;
    const finish = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      if (task.signal.aborted) {
        reject(new BerthError('CANCELLED', worded('buildCancelled')));
        return;
      }
      const packError = packFailed();
      if (packError) {
        reject(
          packError instanceof BerthError
            ? packError
            : new BerthError('VALIDATION', worded('contextUnreadable', { detail: packError.message })),
        );
        return;
      }
      const failure = progress.failure;
      if (failure) {
        reject(new BerthError('ENGINE_ERROR', failureWorded(failure)));
        return;
      }
      if (err) {
        reject(new BerthError('ENGINE_UNREACHABLE', worded('buildStreamBroke', { detail: err.message })));
        return;
      }
      // A stream that ends without an image id is not a success (e.g. the engine went away).
      if (!progress.imageId) {
        reject(new BerthError('ENGINE_ERROR', worded('buildNoImage')));
        return;
      }
      if (running) task.item(stepItem(running, 'Done'));
      resolve(progress);
    };
    stream.on('data', (chunk: Buffer) => {
      parser.write(chunk);
    });
    stream.on('end', () => {
      parser.end();
      finish(null);
    });
    stream.on('error', (err: Error) => {
      finish(err);
    });
    stream.on('close', () => {
      finish(new Error('the connection closed before the build finished'));
    });
  });

const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

/** `failureSummary`'s words as a key, so the failed task reads in the reader's language. */
const failureWorded = (failure: BuildFailure): Worded =>
  failure.step
    ? worded('buildStepFailed', {
        index: failure.step.index,
        total: failure.step.total,
        detail: failure.message,
      })
    : worded('buildFailed', { detail: failure.message });

/**
 * Starts a build as a task. The context and Dockerfile are checked first, so a wrong path is an
 * answer to this call rather than a failed task; the tar is then streamed to `/build` while the
 * engine's progress is read into the task's console.
 */
export const startBuild = async (
  deps: CoreDeps,
  req: Required<BuildRequest>,
  /** Named on the task when the request named an engine. */
  engine?: TaskEngine,
): Promise<TaskSummary> => {
  const context = await resolveBuildContext(req.contextPath, req.dockerfile);
  const title = taskWorded('buildTitle', { name: req.tags[0]?.trim() ?? basename(context.root) });
  return deps.tasks.start(
    'build',
    title,
    async (task) => {
      const pack: { error: Error | null } = { error: null };
      const stop = new AbortController();
      const abort = (): void => {
        stop.abort();
      };
      task.signal.addEventListener('abort', abort, { once: true });
      try {
        const tarStream = packContext(context, stop.signal, (err) => {
          pack.error = err;
          stop.abort();
        });
        task.output(`Sending the context ${context.root} to the engine…\n`);
        // No deadline: the engine answers only once it has read the whole context.
        const stream = asReadable(
          await deps.connection.call((client) =>
            (client.buildImage as unknown as BuildCall).call(client, tarStream, {
              ...buildQuery(req, context),
              abortSignal: stop.signal,
            }),
          ),
        );
        const progress = await followBuild(stream, task, () => pack.error);
        const id = progress.imageId ?? '';
        const message =
          progress.tags.length > 0
            ? taskWorded('builtTagged', { id: shortId(id), tags: progress.tags.join(', ') })
            : taskWorded('built', { id: shortId(id) });
        return { message, result: id };
      } catch (err) {
        if (task.signal.aborted) throw new BerthError('CANCELLED', worded('buildCancelled'));
        // A context that could not be read stops the upload; that is the cause, not the abort it caused.
        if (pack.error) {
          throw pack.error instanceof BerthError
            ? pack.error
            : new BerthError('VALIDATION', worded('contextUnreadable', { detail: pack.error.message }));
        }
        throw err;
      } finally {
        task.signal.removeEventListener('abort', abort);
        stop.abort();
      }
    },
    engine,
  );
};
