import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { BerthError } from '../errors/berth-error.js';
import type { TaskContext } from '../tasks/task-registry.js';
import { worded } from '../../../shared/contract/error-texts.js';

export interface ProcessSpec {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
}

/** Lines of output kept for the failure message. */
const TAIL_LINES = 8;
const MAX_LINE = 500;
/** After SIGTERM, compose gets this long to stop what it started before it is killed. */
const KILL_GRACE_MS = 5_000;

/** The last few non-empty lines of output, for the message of a failed run. */
export class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  push(text: string): void {
    const parts = (this.partial + text).split(/\r?\n|\r/);
    this.partial = (parts.pop() ?? '').slice(-MAX_LINE);
    for (const line of parts) this.add(line);
  }

  text(): string {
    if (this.partial.trim()) this.add(this.partial);
    this.partial = '';
    return this.lines.join('\n');
  }

  private add(line: string): void {
    const trimmed = line.trimEnd();
    if (!trimmed) return;
    this.lines.push(trimmed.length > MAX_LINE ? `${trimmed.slice(0, MAX_LINE)}…` : trimmed);
    if (this.lines.length > TAIL_LINES) this.lines.shift();
  }
}

const killGroup = (pid: number, signal: NodeJS.Signals): void => {
  try {
    // Negative pid: the whole process group (the child was spawned detached, as its leader).
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
};

/**
 * Runs one compose command as a task: argv, never a shell; stdout and stderr go to the task's
 * console as they come. Cancelling kills the process group (compose and whatever it spawned,
 * e.g. a build). Exit 0 is success; anything else fails with the last lines of output.
 */
export const runComposeProcess = (
  spec: ProcessSpec,
  ctx: TaskContext,
  what: string,
  onLine: (line: string) => void = () => undefined,
): Promise<void> =>
  new Promise((resolve, reject) => {
    if (ctx.signal.aborted) {
      reject(new BerthError('CANCELLED', worded('cancelled')));
      return;
    }
    const child = spawn(spec.file, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    const tail = new OutputTail();
    const lines = (): ((text: string) => void) => {
      let partial = '';
      return (text) => {
        const parts = (partial + text).split(/\r?\n|\r/);
        partial = (parts.pop() ?? '').slice(-4096);
        for (const line of parts) onLine(line);
      };
    };
    const onData = (decoder: StringDecoder, split: (text: string) => void) => (chunk: Buffer) => {
      const text = decoder.write(chunk);
      if (!text) return;
      tail.push(text);
      split(text);
      ctx.output(text);
    };
    const out = new StringDecoder('utf8');
    const err = new StringDecoder('utf8');
    child.stdout.on('data', onData(out, lines()));
    child.stderr.on('data', onData(err, lines()));

    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = (): void => {
      if (child.pid === undefined) return;
      killGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => {
        if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
      }, KILL_GRACE_MS);
      killTimer.unref();
    };
    ctx.signal.addEventListener('abort', onAbort, { once: true });

    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      ctx.signal.removeEventListener('abort', onAbort);
      clearTimeout(killTimer);
      fn();
    };
    // Only a process that never started reports here (ENOENT, EACCES); 'close' may not follow.
    child.once('error', (error) => {
      settle(() => {
        reject(
          new BerthError('UNSUPPORTED', worded('cannotRun', { file: spec.file, detail: error.message })),
        );
      });
    });
    child.once('close', (code, signal) => {
      settle(() => {
        finish(code, signal);
      });
    });
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      const rest = out.end() + err.end();
      if (rest) {
        tail.push(rest);
        ctx.output(rest);
      }
      if (ctx.signal.aborted) {
        // Whatever compose left behind in its group (a build, a helper) goes with it.
        if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
        reject(new BerthError('CANCELLED', worded('cancelled')));
      } else if (code === 0) {
        resolve();
      } else {
        const last = tail.text();
        const words =
          code === null
            ? worded(last ? 'processKilledOutput' : 'processKilled', {
                what,
                signal: String(signal),
                output: last,
              })
            : worded(last ? 'processExitedOutput' : 'processExited', { what, code, output: last });
        reject(new BerthError('ENGINE_ERROR', words));
      }
    };
  });
