import type { LogChunk } from '../../../shared/contract/container-detail.js';
import type { ContainersChanged } from '../../../shared/contract/containers.js';
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { toEnvelope } from '../errors/docker-errors.js';
import { DisposableStore, type Disposable } from '../rpc/disposable.js';
import type { FlowWindow, StreamHandle, StreamSink } from '../rpc/router.js';
import { BodyValve } from './body-valve.js';
import { LogOutlet } from './log-outlet.js';
import { LogPipeline } from './log-pipeline.js';
import { LogsQueryPlan, type FollowOptions, type LogsRequest } from './log-query.js';
import {
  inspectTarget,
  isBeingRemoved,
  isEngineDown,
  isNotFound,
  openLogsBody,
  type LogsBody,
} from './logs-engine.js';
import { worded } from '../../../shared/contract/error-texts.js';

export type { FollowOptions, LogsRequest } from './log-query.js';

/** What the follower needs of the container model (ContainerSync): to hear of removals and starts. */
export interface ContainerChanges {
  onChange(listener: (change: ContainersChanged) => void): Disposable;
}

export const LOG_NOTES = {
  stopped: '— container stopped —\n',
  disconnected: '— engine disconnected, resuming… —\n',
  removed: '— container removed —\n',
} as const;

/** While the connection still says "connected" after a body broke, try again this often. */
const ENGINE_RETRY_MS = 500;
/** A running container whose body keeps ending empty is reopened ever more slowly, never in a loop. */
const EMPTY_REOPEN_MS = 250;
const EMPTY_REOPEN_MAX_MS = 5_000;
/** After "destroy", how long the body may take to end by itself before the stream ends anyway. */
const REMOVED_GRACE_MS = 1_000;

type Phase = 'opening' | 'streaming' | 'checking' | 'waitContainer' | 'waitEngine' | 'done';

/**
 * The lifecycle of one `containers.logs` subscription: opens the engine's body and hands its
 * bytes to the pipeline (which demuxes, decodes and feeds the outlet), and, when following,
 * outlives the body: a stopped container is waited for, a lost engine is waited for, and each
 * reopen continues from the last delivered timestamp without repeating a line.
 */
class LogsFollower implements StreamHandle {
  private readonly pipeline: LogPipeline;
  private readonly valve = new BodyValve();
  private readonly outlet: LogOutlet;
  private readonly listeners = new DisposableStore();
  private readonly plan: LogsQueryPlan;
  private phase: Phase = 'opening';
  /** Bumped by every step that supersedes the previous one; late callbacks of older ones are ignored. */
  private generation = 0;
  private id: string | null = null;
  private abort: AbortController | null = null;
  private timer: NodeJS.Timeout | undefined;
  private received = 0;
  private emptyBodies = 0;
  private engineNoted = false;
  private stoppedNoted = false;
  private startedSinceEnd = false;
  private removedSeen = false;

  constructor(
    private readonly connection: EngineConnection,
    containers: ContainerChanges,
    private readonly req: LogsRequest,
    sink: StreamSink<LogChunk>,
    private readonly options: FollowOptions = {},
  ) {
    const valve = this.valve;
    this.outlet = new LogOutlet(sink, {
      keep: req.keep,
      reading: () => valve.reading,
      holdBody: (hold) => {
        valve.hold(hold);
      },
    });
    this.pipeline = new LogPipeline(this.outlet, req.timestamps);
    this.plan = new LogsQueryPlan(req, options);
    this.listeners.add(
      connection.onStatus((status) => {
        // A frozen engine keeps the body's socket: it goes on where it stopped once the engine does.
        if (status.state !== 'not-responding') this.onEngineStatus(status.state === 'connected');
      }),
    );
    this.listeners.add(
      connection.onEvent((event) => {
        if (event.type !== 'container' || event.id !== this.id) return;
        if (event.action === 'destroy') this.onRemoved();
        else if (event.action === 'start') this.onStarted();
      }),
    );
    this.listeners.add(
      containers.onChange((change) => {
        const id = this.id;
        if (id === null) return;
        const row = change.upserts.find((c) => c.id === id);
        if (change.removed.includes(id) || (change.reset && !row)) this.onRemoved();
        else if (row?.state === 'running' && this.phase === 'waitContainer') this.reopen();
      }),
    );
  }

  start(): void {
    void this.open();
  }

  get window(): FlowWindow | undefined {
    return this.outlet.window;
  }

  pause(): void {
    this.outlet.pause();
  }

  resume(): void {
    this.outlet.resume();
  }

  dispose(): void {
    this.phase = 'done';
    this.outlet.dispose();
    this.teardown();
  }

  private get following(): boolean {
    return this.req.follow && this.req.until === undefined;
  }

  private async open(): Promise<void> {
    const generation = ++this.generation;
    clearTimeout(this.timer);
    this.phase = 'opening';
    const abort = new AbortController();
    this.abort = abort;
    try {
      const target = await inspectTarget(this.connection, this.id ?? this.req.ref);
      if (generation !== this.generation) return;
      this.id = target.id;
      const query = this.plan.next(target.running, this.pipeline.since);
      const body = await openLogsBody(this.connection, target.id, query, abort);
      if (generation !== this.generation) {
        body.destroy();
        return;
      }
      this.options.onBody?.(query.timestamps, query.until);
      this.attach(body, target.tty, query.timestamps, generation);
    } catch (err) {
      if (generation !== this.generation) return;
      this.abort = null;
      this.openFailed(err);
    }
  }

  private attach(body: LogsBody, tty: boolean, timed: boolean, generation: number): void {
    this.pipeline.startBody(tty, timed, this.plan.reopening);
    this.plan.opened();
    this.valve.attach(body);
    this.phase = 'streaming';
    this.received = 0;
    this.engineNoted = false;
    this.stoppedNoted = false;
    body.on('data', (chunk: Buffer) => {
      if (generation !== this.generation) return;
      this.received += chunk.length;
      this.pipeline.write(chunk);
    });
    const ended = (err?: unknown): void => {
      if (generation === this.generation && this.valve.isCurrent(body)) this.bodyEnded(err);
    };
    let complete = false;
    body.once('end', () => {
      complete = true;
      ended();
    });
    // A body closed without its end was cut (engine gone, or destroyed on a status change).
    body.once('close', () => ended(complete ? undefined : new Error('The logs body was cut off.')));
    body.once('error', ended);
  }

  private bodyEnded(err: unknown): void {
    this.valve.detach();
    this.abort = null;
    this.pipeline.endBody();
    if (this.removedSeen) {
      this.onRemoved();
      return;
    }
    if (err === undefined) {
      const since = this.plan.endedWhole();
      if (since !== null) {
        this.pipeline.closeUntimed(since);
        this.options.onHistoryRead?.();
      }
    }
    if (!this.following) {
      this.finish(
        err === undefined
          ? undefined
          : {
              code: 'ENGINE_UNREACHABLE',
              ...worded('logsConnectionLost'),
            },
      );
      return;
    }
    this.emptyBodies = this.received === 0 ? this.emptyBodies + 1 : 0;
    this.startedSinceEnd = false;
    void this.check();
  }

  /** The body ended: find out whether the container stopped, went away, or the engine did. */
  private async check(): Promise<void> {
    const generation = ++this.generation;
    this.phase = 'checking';
    try {
      const target = await inspectTarget(this.connection, this.id ?? this.req.ref);
      if (generation !== this.generation) return;
      // A history cut part-way is read on whether or not the container runs.
      if (target.running || this.startedSinceEnd || this.plan.splitting) {
        const delay =
          this.emptyBodies === 0 ? 0 : Math.min(EMPTY_REOPEN_MAX_MS, EMPTY_REOPEN_MS * 2 ** this.emptyBodies);
        this.phase = 'waitContainer';
        this.timer = setTimeout(() => this.reopen(), delay);
        return;
      }
      this.phase = 'waitContainer';
      if (!this.stoppedNoted) {
        this.stoppedNoted = true;
        this.pipeline.note(LOG_NOTES.stopped);
      }
    } catch (err) {
      if (generation !== this.generation) return;
      this.openFailed(err);
    }
  }

  private openFailed(err: unknown): void {
    if (isNotFound(err)) {
      if (!this.plan.reopening)
        this.finish({ code: 'NOT_FOUND', ...worded('containerNotFound', { ref: this.req.ref }) });
      else this.onRemoved();
      return;
    }
    if (this.following && this.plan.reopening && isBeingRemoved(err)) {
      // The destroy event (or the list's change) that follows ends the stream with its note.
      this.phase = 'waitContainer';
      return;
    }
    if (!this.following || !isEngineDown(err)) {
      this.finish(toEnvelope(err));
      return;
    }
    this.phase = 'waitEngine';
    if (!this.engineNoted && this.plan.reopening) {
      this.engineNoted = true;
      this.pipeline.note(LOG_NOTES.disconnected);
    }
    // Usually the connection notices too and says "connected" again when the engine is back.
    if (this.connection.status.state === 'connected') {
      this.timer = setTimeout(() => this.reopen(), ENGINE_RETRY_MS);
    }
  }

  private onEngineStatus(connected: boolean): void {
    if (!connected) {
      // The body is gone with the engine even if its socket has not said so yet.
      if (this.phase === 'streaming') this.valve.cut();
      return;
    }
    if (this.phase === 'waitEngine') this.reopen();
    // Events were missed while the engine was away: the container may have started meanwhile.
    else if (this.phase === 'waitContainer') void this.check();
  }

  private onStarted(): void {
    this.startedSinceEnd = true;
    if (this.phase === 'waitContainer') this.reopen();
  }

  private onRemoved(): void {
    if (this.phase === 'done') return;
    if (this.phase === 'streaming' && !this.removedSeen) {
      // Let the body hand over its last lines; it ends as soon as the container is gone.
      this.removedSeen = true;
      this.timer = setTimeout(() => this.onRemoved(), REMOVED_GRACE_MS);
      return;
    }
    this.pipeline.endBody();
    this.pipeline.note(LOG_NOTES.removed);
    this.finish();
  }

  private reopen(): void {
    if (this.phase === 'done') return;
    void this.open();
  }

  private finish(error?: ErrorEnvelope): void {
    if (this.phase === 'done') return;
    this.phase = 'done';
    this.teardown();
    this.outlet.end(error);
  }

  private teardown(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = null;
    this.valve.detach(true);
    this.pipeline.close();
    this.listeners.dispose();
  }
}

export const streamLogs = (
  connection: EngineConnection,
  containers: ContainerChanges,
  req: LogsRequest,
  sink: StreamSink<LogChunk>,
  options?: FollowOptions,
): StreamHandle => {
  const follower = new LogsFollower(connection, containers, req, sink, options);
  follower.start();
  return follower;
};
