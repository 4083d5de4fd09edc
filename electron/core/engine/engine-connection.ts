import Docker from 'dockerode';
import type {
  EndpointInfo,
  EngineEvent,
  EngineStatus,
  EngineVersion,
} from '../../../shared/contract/engine.js';
import { BerthError } from '../errors/berth-error.js';
import { isAbortError, isConnectionError } from '../errors/docker-errors.js';
import { toDisposable, type Disposable } from '../rpc/disposable.js';
import { Emitter, type Listener } from '../rpc/emitter.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { engineEvents, enginePing, engineVersion, type EventStream } from './docker-calls.js';
import { toEngineEvent } from './docker-event.js';
import { describeEndpoint, failureReason } from './endpoint-text.js';
import { dockerodeOptions, EndpointError, type Endpoint } from './endpoint.js';
import { JsonStreamParser } from './json-stream.js';
import { LivenessMonitor, type LivenessOptions } from './liveness.js';
import { type Worded, worded } from '../../../shared/contract/error-texts.js';
import type { ErrorText } from '../../../shared/contract/errors.js';

export type ConnectHook = (client: Docker, signal: AbortSignal) => Promise<void>;

export interface EngineConnectionOptions {
  readonly resolve: () => Endpoint;
  readonly createClient?: (endpoint: Endpoint) => Docker;
  /** Deadline for the handshake's ping and for health probes. */
  readonly pingTimeoutMs?: number;
  /** Default deadline for unary calls, and for the handshake once the engine has answered its ping. */
  readonly callTimeoutMs?: number;
  readonly backoff?: BackoffOptions;
  /** Tuning of the frozen-engine detector (tests shorten it); see LivenessMonitor. */
  readonly liveness?: Partial<Omit<LivenessOptions, 'probe' | 'onResponding' | 'onLost'>>;
}

/** Seconds as the reasons say them: whole, or to a tenth ("0.5"). */
const formatSeconds = (ms: number): string =>
  String(Number.isInteger(ms / 1000) ? ms / 1000 : (ms / 1000).toFixed(1));

/** A status's reason, in English and (when Berth words it) by key. */
const statusReason = (reason: Worded | string): { reason: string; reasonText?: ErrorText } =>
  typeof reason === 'string' ? { reason } : { reason: reason.message, reasonText: reason.text };

/** The reason a status gives, as an error takes it: with its key when it has one. */
const reasonOf = (status: { readonly reason: string; readonly reasonText?: ErrorText }): Worded | string =>
  status.reasonText ? { message: status.reason, text: status.reasonText } : status.reason;

/** The engine answered (with an HTTP status), even if the answer is an error. */
const hasEngineStatus = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && 'statusCode' in err && typeof err.statusCode === 'number';

/**
 * Owns the one connection to one engine: resolves the endpoint, handshakes with a deadline,
 * supervises `/events`, and after any end of that stream (error or clean) rebuilds the client
 * and reconnects with backoff, running the connect hooks (relist) before it says "connected".
 */
export class EngineConnection implements Disposable {
  private readonly createClient: (endpoint: Endpoint) => Docker;
  private readonly pingTimeoutMs: number;
  /** Default deadline of unary calls; slow verbs (stop) add their own grace to it. */
  readonly callTimeoutMs: number;
  private readonly backoff: BackoffOptions;
  private readonly statuses = new Emitter<EngineStatus>();
  private readonly events = new Emitter<EngineEvent>();
  /** Ordered and awaited one by one, so not an Emitter. */
  private readonly connectHooks = new Set<ConnectHook>();

  private current: EngineStatus = { state: 'connecting', endpoint: null, attempt: 0 };
  private client: Docker | null = null;
  private endpointInfo: EndpointInfo | null = null;
  /** Bumped on every (re)connect and on dispose; work from an older generation is ignored. */
  private generation = 0;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private abort: AbortController | null = null;
  /** Exists while connected: decides "not responding" from unanswered pings. */
  private liveness: LivenessMonitor | null = null;
  /**
   * The calls waiting on the engine, aborted when it stops responding. A set of per-call
   * controllers rather than one long-lived signal joined with AbortSignal.any, which keeps a
   * little memory per call for as long as the long-lived signal lives.
   */
  private readonly waiting = new Set<AbortController>();
  private disposed = false;

  constructor(private readonly options: EngineConnectionOptions) {
    this.createClient = options.createClient ?? ((endpoint) => new Docker(dockerodeOptions(endpoint)));
    this.pingTimeoutMs = options.pingTimeoutMs ?? 3_000;
    this.callTimeoutMs = options.callTimeoutMs ?? 15_000;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  get status(): EngineStatus {
    return this.current;
  }

  onStatus(listener: Listener<EngineStatus>): Disposable {
    return this.statuses.on(listener);
  }

  onEvent(listener: Listener<EngineEvent>): Disposable {
    return this.events.on(listener);
  }

  /** Hooks run on every successful handshake, in order, before the status turns "connected". */
  onConnect(hook: ConnectHook): Disposable {
    // Each registration is its own entry, even for the same function.
    const entry: ConnectHook = (client, signal) => hook(client, signal);
    this.connectHooks.add(entry);
    return toDisposable(() => this.connectHooks.delete(entry));
  }

  start(): void {
    void this.connect();
  }

  /** Try now instead of at the next backoff step; a no-op while connected or connecting. */
  retryNow(): void {
    if (this.disposed || this.current.state !== 'unreachable') return;
    void this.connect();
  }

  /**
   * A client asked for something. If the engine has been silent for a while, one shared ping
   * checks that it still answers; otherwise this costs nothing.
   */
  noteDemand(): void {
    this.liveness?.demand();
  }

  /**
   * Runs one unary engine call with a deadline. Fails fast while disconnected or not responding
   * (no pile-up); a call left unanswered for a moment, or a dropped socket, makes the connection
   * ping the engine once, and an unanswered ping fails the calls still waiting.
   */
  async call<T>(
    fn: (client: Docker, signal: AbortSignal) => Promise<T>,
    timeoutMs = this.callTimeoutMs,
  ): Promise<T> {
    const client = this.client;
    const liveness = this.liveness;
    const frozen = this.notResponding();
    if (frozen !== null) throw new BerthError('TIMEOUT', frozen);
    if (!client || !liveness || this.current.state !== 'connected') {
      const why = this.current.state === 'unreachable' ? reasonOf(this.current) : worded('engineConnecting');
      throw new BerthError('ENGINE_UNREACHABLE', why);
    }
    const controller = new AbortController();
    const deadline = AbortSignal.timeout(timeoutMs);
    const onDeadline = (): void => {
      controller.abort(deadline.reason);
    };
    deadline.addEventListener('abort', onDeadline, { once: true });
    this.waiting.add(controller);
    const settled = liveness.callStarted();
    try {
      const result = await fn(client, controller.signal);
      liveness.heard();
      return result;
    } catch (err) {
      if (isAbortError(err)) {
        const reason = this.notResponding();
        if (!deadline.aborted && reason !== null) throw new BerthError('TIMEOUT', reason);
        // A short deadline can pass before the call looks suspicious: ask the engine now.
        liveness.check();
        throw new BerthError(
          'TIMEOUT',
          worded('engineNoAnswerWithin', { seconds: Math.round(timeoutMs / 1000) }),
        );
      }
      if (isConnectionError(err)) liveness.check();
      else if (hasEngineStatus(err)) liveness.heard();
      throw err;
    } finally {
      settled();
      this.waiting.delete(controller);
      deadline.removeEventListener('abort', onDeadline);
    }
  }

  /**
   * Back from "not responding": calls made meanwhile failed fast (a sync refresh among them), so
   * the connect hooks run again (the relist) before the status says "connected", and the lists
   * equal a fresh relist whatever was missed.
   */
  private async recover(
    client: Docker,
    generation: number,
    connected: {
      readonly state: 'connected';
      readonly endpoint: EndpointInfo;
      readonly version: EngineVersion;
    },
  ): Promise<void> {
    const abort = this.abort;
    if (!abort) return;
    try {
      for (const hook of this.connectHooks) await hook(client, abort.signal);
    } catch (err) {
      if (generation === this.generation)
        this.drop(failureReason(this.endpointInfo, err, this.callTimeoutMs), 1);
      return;
    }
    if (generation !== this.generation || !this.liveness?.responding) return;
    this.setStatus(connected);
  }

  /** Why calls fail fast right now because the engine is frozen; null when it is not. */
  private notResponding(): Worded | string | null {
    return this.current.state === 'not-responding' ? reasonOf(this.current) : null;
  }

  dispose(): void {
    this.disposed = true;
    this.teardown();
    this.statuses.dispose();
    this.events.dispose();
  }

  private setStatus(status: EngineStatus): void {
    this.current = status;
    this.statuses.fire(status);
  }

  private teardown(): void {
    this.generation++;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.abort?.abort();
    this.abort = null;
    this.client = null;
    this.liveness?.dispose();
    this.liveness = null;
  }

  private async connect(): Promise<void> {
    this.teardown();
    const generation = this.generation;
    const abort = new AbortController();
    this.abort = abort;
    this.attempt++;

    let endpoint: Endpoint;
    try {
      endpoint = this.options.resolve();
    } catch (err) {
      this.endpointInfo = null;
      this.drop(
        err instanceof EndpointError
          ? err.message
          : worded('endpointUnresolved', { detail: err instanceof Error ? err.message : String(err) }),
      );
      return;
    }
    this.endpointInfo = endpoint.info;
    this.setStatus({ state: 'connecting', endpoint: endpoint.info, attempt: this.attempt });

    // The ping's short deadline tells an engine that does not answer; once it has answered, the rest
    // of the handshake gets the call deadline: Podman took 7.5 s for /version on a busy machine.
    let deadlineMs = this.pingTimeoutMs;
    try {
      const client = this.createClient(endpoint);
      await enginePing(client, AbortSignal.any([abort.signal, AbortSignal.timeout(this.pingTimeoutMs)]));
      if (generation !== this.generation) return;
      deadlineMs = this.callTimeoutMs;
      const version = await engineVersion(
        client,
        AbortSignal.any([abort.signal, AbortSignal.timeout(this.callTimeoutMs)]),
      );
      if (generation !== this.generation) return;
      // Subscribe before listing, so whatever changes during the relist is seen as an event.
      await this.superviseEvents(client, abort.signal, generation);
      for (const hook of this.connectHooks) await hook(client, abort.signal);
      if (generation !== this.generation) return;
      this.client = client;
      this.attempt = 0;
      const connected = {
        state: 'connected',
        endpoint: endpoint.info,
        version: { engine: version.Version, api: version.ApiVersion, os: version.Os, arch: version.Arch },
      } as const;
      this.liveness = this.watchLiveness(client, generation, connected);
      this.setStatus(connected);
    } catch (err) {
      if (generation !== this.generation) return;
      // Dropping bumps the generation first, so the aborted event stream's own end is ignored.
      this.drop(failureReason(endpoint.info, err, deadlineMs));
    }
  }

  private async superviseEvents(client: Docker, signal: AbortSignal, generation: number): Promise<void> {
    // The deadline covers only the response headers: the request's signal stays attached to
    // the open stream, so it must abort only on teardown, never on a timer (no idle timeout).
    const controller = new AbortController();
    const onAbort = (): void => {
      controller.abort();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const deadline = setTimeout(onAbort, this.callTimeoutMs);
    let stream: EventStream;
    try {
      stream = await engineEvents(client, controller.signal);
    } finally {
      clearTimeout(deadline);
    }
    const parser = new JsonStreamParser((value) => {
      const event = toEngineEvent(value);
      if (event && generation === this.generation) this.events.fire(event);
    });
    stream.on('data', (chunk: Buffer) => {
      // Any byte from the engine proves it is alive, and ends a "not responding" at once.
      if (generation === this.generation) this.liveness?.heard();
      parser.write(chunk);
    });
    const lost = (): void => {
      if (generation !== this.generation) return;
      this.drop(worded('engineLostAt', { where: describeEndpoint(this.endpointInfo) }), 1);
    };
    // Any end of the event stream, clean or not, means the engine may have restarted.
    stream.on('end', lost);
    stream.on('close', lost);
    stream.on('error', lost);
  }

  /**
   * A frozen engine keeps its sockets open, so only an unanswered ping tells. The connection
   * (event stream, client, the lists built from them) is kept: a resumed engine carries on where
   * it stopped, with the events it held back, so nothing needs relisting.
   */
  private watchLiveness(
    client: Docker,
    generation: number,
    connected: {
      readonly state: 'connected';
      readonly endpoint: EndpointInfo;
      readonly version: EngineVersion;
    },
  ): LivenessMonitor {
    const probeTimeoutMs = this.options.liveness?.probeTimeoutMs ?? Math.min(this.pingTimeoutMs, 2_000);
    return new LivenessMonitor({
      ...this.options.liveness,
      probeTimeoutMs,
      probe: (signal) => enginePing(client, signal),
      onResponding: (responding) => {
        if (generation !== this.generation) return;
        if (responding) {
          void this.recover(client, generation, connected);
          return;
        }
        this.setStatus({
          state: 'not-responding',
          endpoint: connected.endpoint,
          version: connected.version,
          ...statusReason(
            worded('engineNotRespondingAt', {
              where: describeEndpoint(connected.endpoint),
              seconds: formatSeconds(probeTimeoutMs),
            }),
          ),
          since: Date.now(),
        });
        const waiting = [...this.waiting];
        this.waiting.clear();
        for (const call of waiting) call.abort();
      },
      onLost: (err) => {
        if (generation !== this.generation) return;
        this.drop(failureReason(this.endpointInfo, err, probeTimeoutMs), 1);
      },
    });
  }

  /**
   * The one way a connection ends: tear down (a new generation, so anything still in flight
   * is ignored), say why, and retry with backoff. A connection that was up restarts the
   * backoff at its first step.
   */
  private drop(reason: Worded | string, attempt?: number): void {
    if (this.disposed) return;
    this.teardown();
    if (attempt !== undefined) this.attempt = attempt;
    const delay = backoffDelay(Math.max(1, this.attempt), this.backoff);
    this.setStatus({
      state: 'unreachable',
      endpoint: this.endpointInfo,
      code: 'ENGINE_UNREACHABLE',
      ...statusReason(reason),
      nextAttemptAt: Date.now() + delay,
      attempt: this.attempt,
    });
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }
}
