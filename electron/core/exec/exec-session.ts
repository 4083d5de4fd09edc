import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type Docker from 'dockerode';
import type { z } from 'zod';
import type { ExecChunk, execInput, execRequest } from '../../../shared/contract/container-detail.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { toEnvelope } from '../errors/docker-errors.js';
import type { StreamHandle, StreamSink } from '../rpc/router.js';
import { openEngineStream } from '../engine/open-engine-stream.js';
import { hangUp, newExecTag } from './exec-hangup.js';
import { ResizeCoalescer, type TerminalSize } from './resize-coalescer.js';

export type ExecRequest = z.output<typeof execRequest>;
export type ExecInput = z.output<typeof execInput>;

/** The container's bash when it has one (a nicer shell), else the POSIX sh every image has. */
export const DEFAULT_SHELL: readonly string[] = [
  '/bin/sh',
  '-c',
  'if command -v bash >/dev/null 2>&1; then exec bash; else exec sh; fi',
];

/** The TTY may not exist yet right after start; the docker CLI retries its first resize too. */
const FIRST_RESIZE_ATTEMPTS = 5;
/** The exit code is recorded as the streams close; give the engine a moment if it is not there yet. */
const EXIT_CODE_ATTEMPTS = 10;

type StartCall = (opts: Docker.ExecStartOptions) => Promise<Duplex>;

/**
 * One interactive exec: a TTY process in the container joined to the client by the hijacked
 * socket of `exec start`. With a TTY the engine sends raw bytes (no stdout/stderr framing).
 */
class ExecSession implements StreamHandle<ExecInput> {
  private execId: string | null = null;
  private socket: Duplex | null = null;
  /** Input typed before the socket is up is sent once it is. */
  private readonly pendingInput: string[] = [];
  private size: TerminalSize;
  private resizedOnce = false;
  private readonly resizer = new ResizeCoalescer((size) => this.applySize(size));
  private readonly decoder = new TextDecoder('utf-8');
  private readonly cancel = new AbortController();
  private readonly tag = newExecTag();
  private paused = false;
  private exited = false;
  private disposed = false;

  constructor(
    private readonly connection: EngineConnection,
    private readonly req: ExecRequest,
    private readonly sink: StreamSink<ExecChunk>,
  ) {
    this.size = req.size;
  }

  async start(): Promise<void> {
    try {
      const exec = await this.connection.call((client, signal) =>
        client.getContainer(this.req.ref).exec({
          Cmd: [...(this.req.command ?? DEFAULT_SHELL)],
          AttachStdin: true,
          AttachStdout: true,
          AttachStderr: true,
          Tty: true,
          Env: ['TERM=xterm-256color', this.tag.env],
          ...(this.req.user ? { User: this.req.user } : {}),
          abortSignal: signal,
        }),
      );
      if (this.isDisposed()) return;
      this.execId = exec.id;
      const socket = await openEngineStream(
        this.connection,
        (client, signal) => {
          const started = client.getExec(exec.id);
          // dockerode resolves a hijacked start with the raw duplex socket.
          return (started.start as unknown as StartCall).call(started, {
            hijack: true,
            stdin: true,
            Tty: true,
            abortSignal: signal,
          });
        },
        this.cancel.signal,
      );
      if (this.isDisposed()) {
        socket.destroy();
        return;
      }
      this.attach(socket);
    } catch (err) {
      // A stopped container is a 409 (CONFLICT), an unknown one a 404 (NOT_FOUND): the engine's words.
      if (!this.isDisposed()) this.sink.end(toEnvelope(err));
    }
  }

  input(input: ExecInput): void {
    if ('data' in input) {
      if (this.socket) this.socket.write(input.data);
      else if (!this.isDisposed() && !this.exited) this.pendingInput.push(input.data);
      return;
    }
    this.size = input.resize;
    if (this.socket) this.resizer.request(input.resize);
  }

  pause(): void {
    this.paused = true;
    this.socket?.pause();
  }

  resume(): void {
    this.paused = false;
    this.socket?.resume();
  }

  /** Closes the socket (nothing stays open) and hangs up the shell, which the engine would keep. */
  dispose(): void {
    if (this.isDisposed()) return;
    this.disposed = true;
    this.cancel.abort();
    this.resizer.dispose();
    this.socket?.destroy();
    this.socket = null;
    this.pendingInput.length = 0;
    if (this.execId !== null && !this.exited) {
      hangUp(this.connection, this.req.ref, this.tag, this.req.user).catch(() => undefined);
    }
  }

  /** A method, not the field: the session can be disposed while an engine call is awaited. */
  private isDisposed(): boolean {
    return this.disposed;
  }

  private attach(socket: Duplex): void {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      const data = this.decoder.decode(chunk, { stream: true });
      if (data) this.sink.push({ kind: 'output', data }, data.length);
    });
    // 'close' follows every error; the exit code (or the engine's absence) tells the rest.
    socket.on('error', () => undefined);
    socket.once('close', () => void this.onClose(socket));
    if (this.paused) socket.pause();
    for (const data of this.pendingInput.splice(0)) socket.write(data);
    this.resizer.request(this.size);
  }

  private async applySize(size: TerminalSize): Promise<void> {
    const id = this.execId;
    if (id === null) return;
    const attempts = this.resizedOnce ? 1 : FIRST_RESIZE_ATTEMPTS;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.connection.call((client, signal) =>
          client.getExec(id).resize({ h: size.rows, w: size.cols, abortSignal: signal }),
        );
        this.resizedOnce = true;
        return;
      } catch (err) {
        if (attempt >= attempts || this.isDisposed()) throw err;
        await sleep(10 * attempt);
      }
    }
  }

  private async onClose(socket: Duplex): Promise<void> {
    if (this.isDisposed() || this.socket !== socket) return;
    this.exited = true;
    this.socket = null;
    this.resizer.dispose();
    socket.destroy();
    const rest = this.decoder.decode();
    if (rest) this.sink.push({ kind: 'output', data: rest }, rest.length);
    try {
      const code = await this.exitCode();
      if (this.isDisposed()) return;
      this.sink.push({ kind: 'exit', code });
      this.sink.end();
    } catch (err) {
      // The engine went away with the session: say so rather than invent an exit code.
      if (!this.isDisposed()) this.sink.end(toEnvelope(err));
    }
  }

  private async exitCode(): Promise<number | null> {
    const id = this.execId;
    if (id === null) return null;
    for (let attempt = 1; ; attempt++) {
      const info = await this.connection.call((client, signal) =>
        client.getExec(id).inspect({ abortSignal: signal }),
      );
      if (!info.Running) return info.ExitCode;
      if (attempt >= EXIT_CODE_ATTEMPTS) return null;
      await sleep(20 * attempt);
    }
  }
}

/** `containers.exec`: returns at once; the session opens in the background and reports through `sink`. */
export const openExec = (
  connection: EngineConnection,
  req: ExecRequest,
  sink: StreamSink<ExecChunk>,
): StreamHandle<ExecInput> => {
  const session = new ExecSession(connection, req, sink);
  void session.start();
  return session;
};
