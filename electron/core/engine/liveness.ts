import { isAbortError } from '../errors/docker-errors.js';
import type { Disposable } from '../rpc/disposable.js';

/** Timers and time, injected so the detector is tested with a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle as NodeJS.Timeout);
  },
};

export interface LivenessOptions {
  /** One cheap request (`/_ping`) that settles when the engine answers or `signal` aborts. */
  readonly probe: (signal: AbortSignal) => Promise<unknown>;
  /** The engine stopped answering (true → false) or answered again (false → true). */
  readonly onResponding: (responding: boolean) => void;
  /** A probe failed without timing out (socket refused or closed): the engine is gone, not frozen. */
  readonly onLost: (err: unknown) => void;
  readonly clock?: Clock;
  /** A call outstanding this long, with nothing heard from the engine meanwhile, is suspicious. */
  readonly suspectAfterMs?: number;
  /** Deadline of the probe that decides "not responding". */
  readonly probeTimeoutMs?: number;
  /** A request from a view probes only when the engine has been silent at least this long. */
  readonly quietMs?: number;
  /** While not responding: one probe at a time stays queued at the engine, re-sent after this. */
  readonly recoveryProbeTimeoutMs?: number;
}

/**
 * A deadline timer that fires this much later than asked means Berth's own process was stalled
 * (CPU starved, a long GC): the engine's answer may be waiting unread behind the timer. Such a
 * deadline is extended once by EXTENSION_MS, so queued I/O is read before deciding.
 */
const LATE_MS = 250;
const EXTENSION_MS = 500;

export const LIVENESS_DEFAULTS = {
  suspectAfterMs: 1_000,
  probeTimeoutMs: 2_000,
  quietMs: 2_000,
  recoveryProbeTimeoutMs: 10_000,
} as const;

/**
 * Notices an engine that accepts connections but no longer answers (a stopped dockerd, a hung
 * VM) without polling it. It sends one `/_ping` only when there is a reason to doubt:
 * - a call has been outstanding for `suspectAfterMs` and the engine has said nothing since it began;
 * - a view asked for something (`demand`) and the engine has been silent for `quietMs`.
 * An unanswered ping (`probeTimeoutMs`) means "not responding". From then on exactly one ping
 * waits at the engine (renewed every `recoveryProbeTimeoutMs`): a resumed engine answers it at
 * once, and so does any byte of the event stream (`progress`), so recovery takes no polling either.
 * Probes are shared: however many calls or views doubt the engine, one ping is in flight.
 */
export class LivenessMonitor implements Disposable {
  private readonly clock: Clock;
  private readonly suspectAfterMs: number;
  private readonly probeTimeoutMs: number;
  private readonly quietMs: number;
  private readonly recoveryProbeTimeoutMs: number;
  private lastHeardAt: number;
  private probing: AbortController | null = null;
  private probeTimer: unknown = null;
  private readonly callTimers = new Set<unknown>();
  private isResponding = true;
  private disposed = false;

  constructor(private readonly options: LivenessOptions) {
    this.clock = options.clock ?? systemClock;
    this.suspectAfterMs = options.suspectAfterMs ?? LIVENESS_DEFAULTS.suspectAfterMs;
    this.probeTimeoutMs = options.probeTimeoutMs ?? LIVENESS_DEFAULTS.probeTimeoutMs;
    this.quietMs = options.quietMs ?? LIVENESS_DEFAULTS.quietMs;
    this.recoveryProbeTimeoutMs = options.recoveryProbeTimeoutMs ?? LIVENESS_DEFAULTS.recoveryProbeTimeoutMs;
    this.lastHeardAt = this.clock.now();
  }

  get responding(): boolean {
    return this.isResponding;
  }

  /** The engine said something (a call's answer, even an error status; bytes on the event stream). */
  heard(): void {
    if (this.disposed) return;
    this.lastHeardAt = this.clock.now();
    if (!this.isResponding) this.setResponding(true);
  }

  /** A call went out; the returned function is called when it settles, however it settles. */
  callStarted(): () => void {
    if (this.disposed) return () => undefined;
    const startedAt = this.clock.now();
    const timer = this.clock.setTimeout(() => {
      this.callTimers.delete(timer);
      if (this.lastHeardAt <= startedAt) this.probe();
    }, this.suspectAfterMs);
    this.callTimers.add(timer);
    return () => {
      if (this.callTimers.delete(timer)) this.clock.clearTimeout(timer);
    };
  }

  /** A view asked for something: check the engine if it has been silent for a while. */
  demand(): void {
    if (this.disposed || !this.isResponding) return;
    if (this.clock.now() - this.lastHeardAt >= this.quietMs) this.probe();
  }

  /** Something went wrong on the socket (reset, refused): ping now, whatever was heard lately. */
  check(): void {
    this.probe();
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.callTimers) this.clock.clearTimeout(timer);
    this.callTimers.clear();
    this.stopProbe();
  }

  private stopProbe(): void {
    if (this.probeTimer !== null) this.clock.clearTimeout(this.probeTimer);
    this.probeTimer = null;
    this.probing?.abort();
    this.probing = null;
  }

  private setResponding(responding: boolean): void {
    this.isResponding = responding;
    if (responding) this.stopProbe();
    this.options.onResponding(responding);
  }

  private probe(): void {
    if (this.disposed || this.probing) return;
    const controller = new AbortController();
    this.probing = controller;
    const startedAt = this.clock.now();
    const timeoutMs = this.isResponding ? this.probeTimeoutMs : this.recoveryProbeTimeoutMs;
    const expire = (dueAt: number, mayExtend: boolean): void => {
      this.probeTimer = this.clock.setTimeout(() => {
        this.probeTimer = null;
        if (mayExtend && this.clock.now() - dueAt > LATE_MS) expire(this.clock.now() + EXTENSION_MS, false);
        else controller.abort();
      }, dueAt - this.clock.now());
    };
    expire(startedAt + timeoutMs, true);
    this.options.probe(controller.signal).then(
      () => {
        if (this.probing !== controller) return;
        this.finishProbe();
        this.heard();
      },
      (err: unknown) => {
        if (this.probing !== controller) return;
        this.finishProbe();
        if (!controller.signal.aborted && !isAbortError(err)) {
          this.options.onLost(err);
          return;
        }
        // Something else came back from the engine meanwhile (a call, an event): slow, not frozen.
        if (this.isResponding && this.lastHeardAt >= startedAt) return;
        if (this.isResponding) this.setResponding(false);
        // Keep exactly one ping waiting at the engine: it is answered the moment the engine resumes.
        this.probe();
      },
    );
  }

  private finishProbe(): void {
    if (this.probeTimer !== null) this.clock.clearTimeout(this.probeTimer);
    this.probeTimer = null;
    this.probing = null;
  }
}
