import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { Agent } from 'node:http';
import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';

/** Where to dial, as `ssh://[user@]host[:port]` names it; `host` may be a `~/.ssh/config` alias. */
export interface SshTarget {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
}

export interface SshDialOptions {
  /** The ssh binary; `ssh` from PATH by default (the CLI's choice too). */
  readonly sshBinary?: string;
  /**
   * An ssh config file passed as `ssh -F`. OpenSSH reads `~/.ssh/config` from the passwd entry's home, not $HOME,
   * so this is the only way to point Berth (or a test) at another one. Default: `BERTH_SSH_CONFIG`, else none.
   */
  readonly configFile?: string;
  /** Seconds for TCP connect plus the ssh handshake; the CLI uses 30, a GUI wants an answer sooner. */
  readonly connectTimeoutSec?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/** The CLI's default; omitting `-p` lets a `Port` line of the user's ssh config apply. */
const SSH_DEFAULT_PORT = 22;

/**
 * argv as the docker CLI builds it (`-o ConnectTimeout=30 -T [-l user] [-p port] -- host docker system dial-stdio`),
 * plus `-F` for an explicit config file and `BatchMode=yes`: a GUI has no terminal, so a prompt (unknown host key,
 * passphrase, password) must fail with a message rather than hang. ServerAlive ends a dead link's event stream
 * (and so starts a reconnect) within about 30 s.
 */
export function sshArgs(target: SshTarget, options: SshDialOptions = {}): string[] {
  return [
    ...configArgs(options),
    '-o',
    `ConnectTimeout=${options.connectTimeoutSec ?? 10}`,
    '-o',
    'BatchMode=yes',
    '-o',
    'ServerAliveInterval=10',
    '-o',
    'ServerAliveCountMax=3',
    '-T',
    ...targetArgs(target),
    'docker',
    'system',
    'dial-stdio',
  ];
}

/** The command a user can run in a terminal to see (and answer) what Berth's ssh saw. */
export function sshCommandLine(target: SshTarget, options: SshDialOptions = {}): string {
  return ['ssh', ...configArgs(options), ...targetArgs(target)]
    .filter((a) => a !== '--')
    .map(shellQuote)
    .join(' ');
}

function configArgs(options: SshDialOptions): string[] {
  const configFile = options.configFile ?? (options.env ?? process.env)['BERTH_SSH_CONFIG'];
  return configFile ? ['-F', configFile] : [];
}

function targetArgs(target: SshTarget): string[] {
  return [
    ...(target.username ? ['-l', target.username] : []),
    ...(target.port !== SSH_DEFAULT_PORT ? ['-p', String(target.port)] : []),
    '--',
    target.host,
  ];
}

/** Why a dial failed, in words; `code` lets the engine connection treat it as "engine not reachable". */
export class SshDialError extends Error {
  override readonly name = 'SshDialError';
  /** docker-errors treats this code as a connection failure (health check, ENGINE_UNREACHABLE) and shows the message. */
  readonly code = 'ECONNABORTED';
  constructor(
    message: string,
    readonly kind: SshFailureKind,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export type SshFailureKind =
  | 'host-key-unknown'
  | 'host-key-changed'
  | 'auth'
  | 'refused'
  | 'timeout'
  | 'dns'
  | 'no-docker'
  | 'remote-engine'
  | 'no-ssh'
  | 'other';

/** Turns what ssh (or the remote shell) printed into one sentence a user can act on. */
export function explainSshFailure(
  target: SshTarget,
  options: SshDialOptions,
  exitCode: number | null,
  stderr: string,
): SshDialError {
  const where = `${target.username ? `${target.username}@` : ''}${target.host}${target.port !== SSH_DEFAULT_PORT ? `:${target.port}` : ''}`;
  const last = lastLine(stderr);
  const fail = (kind: SshFailureKind, message: string): SshDialError =>
    new SshDialError(message, kind, exitCode, stderr);
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED/.test(stderr)) {
    return fail(
      'host-key-changed',
      `ssh: the host key of ${where} has changed since you last connected; check why, then update known_hosts (ssh-keygen -R)`,
    );
  }
  if (/Host key verification failed|No .*host key is known/i.test(stderr)) {
    return fail(
      'host-key-unknown',
      `ssh: host key not known for ${where}: connect once with \`${sshCommandLine(target, options)}\` to check and accept it`,
    );
  }
  if (/Permission denied \(/.test(stderr)) {
    return fail(
      'auth',
      `ssh: ${where} refused the login (${last}); check the user and key (IdentityFile in your ssh config, or ssh-add)`,
    );
  }
  if (/Connection refused/i.test(stderr)) {
    return fail('refused', `ssh: connection refused by ${where} (is sshd listening on that port?)`);
  }
  if (/timed out|Connection timeout/i.test(stderr)) {
    return fail('timeout', `ssh: no answer from ${where} (${last})`);
  }
  if (/Could not resolve hostname/i.test(stderr)) {
    return fail('dns', `ssh: host ${target.host} not found (no such host or ssh config alias)`);
  }
  if (exitCode === 127 || /command not found|docker: not found|No such file or directory/.test(stderr)) {
    return fail(
      'no-docker',
      `ssh: ${where} has no docker CLI on its PATH (the remote shell said: ${last || `exit ${exitCode ?? '?'}`}); Docker over ssh runs \`docker system dial-stdio\` there`,
    );
  }
  if (/Cannot connect to the Docker daemon|dial-stdio|docker\.sock/i.test(stderr)) {
    return fail('remote-engine', `ssh: the docker CLI on ${where} cannot reach its engine: ${last}`);
  }
  return fail('other', `ssh to ${where} failed (exit ${exitCode ?? 'signal'})${last ? `: ${last}` : ''}`);
}

/**
 * A socket over `ssh … docker system dial-stdio`: HTTP to the remote engine flows through the child's stdin/stdout.
 * If ssh ends before the engine said a byte, the socket fails with the explained reason; destroying the socket
 * (a request aborted at its deadline, a stream closed) kills the child, so nothing is left running or waiting.
 */
export class SshStdioSocket extends Duplex {
  private readonly child: ChildProcessWithoutNullStreams;
  private stderr = '';
  private received = false;
  private idleMs = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly target: SshTarget,
    private readonly options: SshDialOptions = {},
  ) {
    super({ allowHalfOpen: false });
    this.child = spawn(options.sshBinary ?? 'ssh', sshArgs(target, options), {
      env: options.env ?? process.env,
      stdio: 'pipe',
    });
    const { child } = this;
    liveChildren.add(child);
    child.stdout.on('data', (chunk: Buffer) => {
      this.received = true;
      this.touch();
      if (!this.push(chunk)) child.stdout.pause();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      // Only the tail matters for the message; a chatty remote must not grow memory.
      this.stderr = (this.stderr + text).slice(-4096);
    });
    // Writes after the child died fail with EPIPE; the exit handler reports the real reason.
    child.stdin.on('error', () => undefined);
    child.on('error', (err: NodeJS.ErrnoException) => {
      liveChildren.delete(child);
      const message =
        err.code === 'ENOENT'
          ? `ssh is not installed (no "${options.sshBinary ?? 'ssh'}" on PATH); Docker over ssh uses the system ssh client`
          : `could not start ssh: ${err.message}`;
      this.destroy(new SshDialError(message, 'no-ssh', null, ''));
    });
    child.on('close', (code) => {
      liveChildren.delete(child);
      if (this.destroyed) return;
      if (!this.received && code !== 0) {
        this.destroy(explainSshFailure(this.target, this.options, code, this.stderr));
        return;
      }
      this.push(null);
    });
  }

  override _read(): void {
    this.child.stdout.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.touch();
    if (this.child.stdin.destroyed) {
      callback();
      return;
    }
    this.child.stdin.write(chunk, () => {
      callback();
    });
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.child.stdin.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    clearTimeout(this.idleTimer);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      // ssh ends on SIGTERM; a stuck one is not allowed to outlive the socket.
      const child = this.child;
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }, 2_000).unref();
    }
    callback(error);
  }

  // What http.Agent and ClientRequest call on a net.Socket.
  setKeepAlive(): this {
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setTimeout(ms: number, callback?: () => void): this {
    this.idleMs = ms;
    if (callback) this.once('timeout', callback);
    this.touch();
    return this;
  }
  ref(): this {
    this.child.ref();
    (this.child.stdout as unknown as Socket).ref();
    (this.child.stderr as unknown as Socket).ref();
    return this;
  }
  unref(): this {
    // An idle kept-alive connection must not keep the process alive.
    this.child.unref();
    (this.child.stdout as unknown as Socket).unref();
    (this.child.stderr as unknown as Socket).unref();
    return this;
  }

  private touch(): void {
    clearTimeout(this.idleTimer);
    if (this.idleMs > 0) this.idleTimer = setTimeout(() => this.emit('timeout'), this.idleMs).unref();
  }
}

/**
 * An http.Agent whose connections are `ssh … docker system dial-stdio` children, for docker-modem's `agent` option.
 * Kept-alive connections are reused (one ssh per concurrent request, not per request); `destroy()` ends them all.
 */
export function createSshAgent(target: SshTarget, options: SshDialOptions = {}): Agent {
  const agent = new Agent({ keepAlive: true, maxFreeSockets: 1, timeout: 60_000 });
  agent.createConnection = () => new SshStdioSocket(target, options);
  return agent;
}

const liveChildren = new Set<ChildProcessWithoutNullStreams>();

/** How many ssh children are running right now (tests prove nothing is left behind). */
export const liveSshChildren = (): number => liveChildren.size;

function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('@@@') && !l.startsWith('Warning: Permanently added'));
  return lines.at(-1) ?? '';
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
