import { randomUUID } from 'node:crypto';
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import {
  MAX_TASK_ITEMS,
  type TaskEngine,
  type TaskItem,
  type TaskKind,
  type TaskState,
  type TaskSummary,
} from '../../../shared/contract/tasks.js';
import { BerthError } from '../errors/berth-error.js';
import { toEnvelope } from '../errors/docker-errors.js';
import { Emitter } from '../rpc/emitter.js';
import { toDisposable, type Disposable } from '../rpc/disposable.js';
import { TaskOutput } from './task-output.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { type TaskWorded, taskWorded } from '../../../shared/contract/task-texts.js';

/** What a running task may report; everything is cheap to call often (updates are throttled). */
export interface TaskContext {
  /** Aborted when the user cancels (or the backend shuts down): stop the engine call with it. */
  readonly signal: AbortSignal;
  output(text: string): void;
  progress(current: number, total: number | null): void;
  /** Adds or updates one item (layer, step, service) by id. */
  item(item: TaskItem): void;
  /** What the task waits for now, in words (null: nothing to say); shown until progress arrives. */
  step(text: TaskWorded | string | null): void;
}

export interface TaskOutcome {
  /** Keyed (`taskWorded`) so the renderer words it in the reader's language; a string stays as it is. */
  readonly message: TaskWorded | string;
  readonly result?: string;
}

export type TaskRunner = (ctx: TaskContext) => Promise<TaskOutcome>;

export interface TaskRegistryOptions {
  /** Progress updates of one task are sent at most this often; state changes go at once. */
  readonly throttleMs?: number;
  /** Ended tasks kept for the list; the oldest go first. */
  readonly keepEnded?: number;
}

interface Entry {
  summary: TaskSummary;
  readonly items: Map<string, TaskItem>;
  readonly output: TaskOutput;
  readonly abort: AbortController;
  readonly ended: Promise<void>;
  timer: ReturnType<typeof setTimeout> | null;
  readonly ends: Emitter<void>;
}

/**
 * Long operations (pull, push, build, save, load, prune, compose) run here, owned by the backend
 * rather than by the view or client that started them, so they survive navigation and reloads
 * and show in one list with their progress, outcome and a way to cancel.
 */
export class TaskRegistry implements Disposable {
  private readonly tasks = new Map<string, Entry>();
  private readonly changes = new Emitter<TaskSummary>();
  private readonly throttleMs: number;
  private readonly keepEnded: number;

  constructor(options: TaskRegistryOptions = {}) {
    this.throttleMs = options.throttleMs ?? 100;
    this.keepEnded = options.keepEnded ?? 50;
  }

  /** `engine`: the engine the task runs on when the request named one, so lists and the tray can say which. */
  start(kind: TaskKind, title: TaskWorded | string, run: TaskRunner, engine?: TaskEngine): TaskSummary {
    const id = randomUUID();
    const abort = new AbortController();
    const output = new TaskOutput();
    let settle!: () => void;
    const entry: Entry = {
      summary: {
        id,
        kind,
        ...(typeof title === 'string' ? { title } : { title: title.message, titleText: title.text }),
        state: 'running',
        startedAt: Date.now(),
        endedAt: null,
        progress: null,
        items: [],
        message: null,
        error: null,
        outputLines: 0,
        result: null,
        ...(engine ? { engine } : {}),
      },
      items: new Map(),
      output,
      abort,
      ended: new Promise<void>((resolve) => (settle = resolve)),
      timer: null,
      ends: new Emitter<void>(),
    };
    this.tasks.set(id, entry);
    const context: TaskContext = {
      signal: abort.signal,
      output: (text) => {
        output.append(text);
        this.update(entry, { outputLines: output.lines });
      },
      progress: (current, total) => {
        this.update(entry, { progress: { current, total } });
      },
      item: (item) => {
        entry.items.delete(item.id);
        entry.items.set(item.id, item);
        while (entry.items.size > MAX_TASK_ITEMS) {
          const oldest = entry.items.keys().next().value;
          if (oldest === undefined) break;
          entry.items.delete(oldest);
        }
        this.update(entry, { items: [...entry.items.values()] });
      },
      step: (text) => {
        const { stepText: _, ...rest } = entry.summary;
        entry.summary = rest;
        this.update(
          entry,
          text === null || typeof text === 'string'
            ? { step: text }
            : { step: text.message, stepText: text.text },
        );
      },
    };
    this.publish(entry);
    // The runner starts on the next tick so the caller has the summary before any update.
    void Promise.resolve()
      .then(() => run(context))
      .then(
        (outcome) => {
          this.finish(entry, 'succeeded', outcome.message, null, outcome.result ?? null);
        },
        (err: unknown) => {
          if (abort.signal.aborted) this.finish(entry, 'cancelled', taskWorded('cancelled'), null, null);
          else {
            const error: ErrorEnvelope = toEnvelope(err);
            this.finish(
              entry,
              'failed',
              error.text ? { message: error.message, text: error.text } : error.message,
              error,
              null,
            );
          }
        },
      )
      .finally(settle);
    return entry.summary;
  }

  list(): readonly TaskSummary[] {
    return [...this.tasks.values()].map((entry) => entry.summary);
  }

  get(id: string): TaskSummary {
    return this.entry(id).summary;
  }

  /** Resolves once the task has ended (any outcome). */
  whenEnded(id: string): Promise<TaskSummary> {
    const entry = this.entry(id);
    return entry.ended.then(() => entry.summary);
  }

  cancel(id: string): TaskSummary {
    const entry = this.entry(id);
    if (entry.summary.state === 'running')
      entry.abort.abort(new BerthError('CANCELLED', worded('cancelled')));
    return entry.summary;
  }

  dismiss(id: string): boolean {
    const entry = this.tasks.get(id);
    if (!entry) return false;
    if (entry.summary.state === 'running') {
      throw new BerthError('CONFLICT', worded('taskStillRunning'));
    }
    this.tasks.delete(id);
    return true;
  }

  /**
   * Replays the kept output, then follows it live; `onEnd` runs once the task has ended (at
   * once for an ended task).
   */
  follow(id: string, onText: (text: string, replay: boolean) => void, onEnd: () => void): Disposable {
    const entry = this.entry(id);
    const snapshot = entry.output.snapshot();
    if (snapshot) onText(snapshot, true);
    if (entry.summary.state !== 'running') {
      onEnd();
      return toDisposable(() => undefined);
    }
    const live = entry.output.onAppend((text) => {
      onText(text, false);
    });
    const ended = (): void => {
      live.dispose();
      onEnd();
    };
    const end = entry.ends.on(ended);
    return toDisposable(() => {
      live.dispose();
      end.dispose();
    });
  }

  onChange(listener: (task: TaskSummary) => void): Disposable {
    return this.changes.on(listener);
  }

  dispose(): void {
    for (const entry of this.tasks.values()) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.abort.abort(new BerthError('CANCELLED', worded('shuttingDown')));
    }
    this.changes.dispose();
  }

  private entry(id: string): Entry {
    const entry = this.tasks.get(id);
    if (!entry) throw new BerthError('NOT_FOUND', worded('noSuchTask'));
    return entry;
  }

  private update(entry: Entry, patch: Partial<TaskSummary>): void {
    if (entry.summary.state !== 'running') return;
    entry.summary = { ...entry.summary, ...patch };
    entry.timer ??= setTimeout(() => {
      entry.timer = null;
      this.publish(entry);
    }, this.throttleMs);
  }

  private finish(
    entry: Entry,
    state: TaskState,
    message: TaskWorded | string,
    error: ErrorEnvelope | null,
    result: string | null,
  ): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    // An ended task waits for nothing: its step (and the step's key) goes.
    const { stepText: _step, messageText: _message, ...rest } = entry.summary;
    entry.summary = {
      ...rest,
      state,
      ...(typeof message === 'string'
        ? { message }
        : { message: message.message, messageText: message.text }),
      error,
      result,
      step: null,
      endedAt: Date.now(),
      outputLines: entry.output.lines,
    };
    this.publish(entry);
    entry.ends.fire();
    entry.ends.dispose();
    this.trimEnded();
  }

  private trimEnded(): void {
    const ended = [...this.tasks.values()].filter((entry) => entry.summary.state !== 'running');
    for (const entry of ended.slice(0, Math.max(0, ended.length - this.keepEnded))) {
      this.tasks.delete(entry.summary.id);
    }
  }

  private publish(entry: Entry): void {
    this.changes.fire(entry.summary);
  }
}
