import type Docker from 'dockerode';
import type { StatsSample } from '../../../shared/contract/container-detail.js';
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { JsonStreamParser } from '../engine/json-stream.js';
import { toEnvelope } from '../errors/docker-errors.js';
import { toDisposable, type Disposable } from '../rpc/disposable.js';
import type { StreamSink } from '../rpc/router.js';
import { openEngineStream } from '../engine/open-engine-stream.js';
import { toStatsSample } from './stats-calc.js';
import { worded } from '../../../shared/contract/error-texts.js';

type StatsStream = NodeJS.ReadableStream & { destroy(): void };
type StatsCall = (opts: { stream: true; abortSignal: AbortSignal }) => Promise<StatsStream>;

/** A stream that ended while the container still runs is reopened, but never in a tight loop. */
const REOPEN_DELAY_MS = 1_000;

/**
 * One engine stats stream for one container, fanned out to every subscriber. It opens with the
 * first subscriber and closes with the last; a late subscriber gets the latest sample at once.
 * When the container stops or is removed, every subscriber's stream ends cleanly.
 */
export class StatsFeed implements Disposable {
  private readonly sinks = new Set<StreamSink<StatsSample>>();
  private latest: StatsSample | null = null;
  private stream: StatsStream | null = null;
  private readonly cancel = new AbortController();
  private retry: Disposable | null = null;
  private opened = false;
  private closed = false;

  constructor(
    private readonly connection: EngineConnection,
    private readonly ref: string,
    private readonly onClosed: () => void,
  ) {}

  /** True while the engine stream is open (for tests and diagnostics). */
  get streaming(): boolean {
    return this.stream !== null;
  }

  start(): void {
    void this.open();
  }

  add(sink: StreamSink<StatsSample>): Disposable {
    this.sinks.add(sink);
    if (this.latest) sink.push(this.latest);
    return toDisposable(() => {
      this.sinks.delete(sink);
      if (this.sinks.size === 0) this.dispose();
    });
  }

  dispose(): void {
    if (this.isClosed()) return;
    this.closed = true;
    this.cancel.abort();
    this.retry?.dispose();
    this.retry = null;
    this.stream?.destroy();
    this.stream = null;
    this.sinks.clear();
    this.onClosed();
  }

  private async open(): Promise<void> {
    let stream: StatsStream;
    try {
      stream = await openEngineStream(
        this.connection,
        (client, signal) => this.statsCall(client)({ stream: true, abortSignal: signal }),
        this.cancel.signal,
      );
    } catch (err) {
      if (this.isClosed()) return;
      const error = toEnvelope(err);
      // A stream that was up resumes once the engine is back; a first open says why it failed.
      if (this.opened && (error.code === 'ENGINE_UNREACHABLE' || error.code === 'TIMEOUT')) this.retryLater();
      else this.end(error);
      return;
    }
    if (this.isClosed()) {
      stream.destroy();
      return;
    }
    this.opened = true;
    this.stream = stream;
    const parser = new JsonStreamParser((value) => {
      if (this.stream === stream) this.onSample(value);
    });
    stream.on('data', (chunk: Buffer) => {
      parser.write(chunk);
    });
    const ended = (): void => {
      if (this.stream !== stream) return;
      this.stream = null;
      stream.destroy();
      void this.afterStreamEnd();
    };
    stream.on('end', ended);
    stream.on('close', ended);
    stream.on('error', ended);
  }

  /** A method, not the field: the feed can close while an engine call is awaited. */
  private isClosed(): boolean {
    return this.closed;
  }

  private statsCall(client: Docker): StatsCall {
    // @types/dockerode omits abortSignal from stats(); dockerode forwards it.
    const container = client.getContainer(this.ref);
    return (container.stats as unknown as StatsCall).bind(container);
  }

  private onSample(value: unknown): void {
    const sample = toStatsSample(value);
    if (!sample) {
      // The engine's zero-time sample: the container is not running (stopped, or stopped now).
      this.end(
        this.latest ? undefined : { code: 'CONFLICT', ...worded('containerNotRunning', { ref: this.ref }) },
      );
      return;
    }
    this.latest = sample;
    for (const sink of [...this.sinks]) sink.push(sample);
  }

  /** The engine closed the stream without a zero-time sample: find out whether to go on. */
  private async afterStreamEnd(): Promise<void> {
    if (this.isClosed()) return;
    try {
      const info = await this.connection.call((client, signal) =>
        client.getContainer(this.ref).inspect({ abortSignal: signal }),
      );
      if (this.isClosed()) return;
      if (info.State.Running) this.retryLater();
      else this.end();
    } catch (err) {
      if (this.isClosed()) return;
      const error = toEnvelope(err);
      if (error.code === 'NOT_FOUND') this.end();
      else this.retryLater();
    }
  }

  /** Reopens after a pause, and only once the engine is connected again. */
  private retryLater(): void {
    const timer = setTimeout(() => {
      this.retry = null;
      if (this.connection.status.state === 'connected') {
        this.start();
        return;
      }
      const onStatus = this.connection.onStatus((status) => {
        if (status.state !== 'connected') return;
        onStatus.dispose();
        this.retry = null;
        this.start();
      });
      this.retry = onStatus;
    }, REOPEN_DELAY_MS);
    this.retry = toDisposable(() => {
      clearTimeout(timer);
    });
  }

  private end(error?: ErrorEnvelope): void {
    const sinks = [...this.sinks];
    this.dispose();
    for (const sink of sinks) sink.end(error);
  }
}
