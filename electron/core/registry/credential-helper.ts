import { spawn, type ChildProcess } from 'node:child_process';
import { BerthError } from '../errors/berth-error.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** What the CLI's helpers print when they hold nothing for a server. */
const NOT_FOUND = /credentials not found/i;
const HELPER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;
const MAX_OUTPUT = 64 * 1024;
const TIMEOUT_MS = 30_000;

export interface HelperCredentials {
  readonly ServerURL: string;
  readonly Username: string;
  readonly Secret: string;
}

export const helperBinary = (name: string): string => `docker-credential-${name}`;

/** How a caller waits for a helper: `signal` ends it (cancel), `asking` is told who is asked. */
export interface HelperCall {
  readonly signal?: AbortSignal;
  readonly asking?: (binary: string) => void;
}

const cancelled = (): BerthError => new BerthError('CANCELLED', worded('cancelled'));

/** POSIX only: Windows has no process groups to signal (there the helper alone is ended). */
const OWN_GROUP = process.platform !== 'win32';

/**
 * Ends a helper and everything it started: it runs as the leader of its own process group,
 * so a shell script's `sleep` (or a helper's own child) goes with it.
 */
const killHelper = (child: ChildProcess): void => {
  if (OWN_GROUP && child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
      return;
    } catch {
      // The group is gone already; end the child itself below, in case it is not.
    }
  }
  child.kill('SIGKILL');
};

/**
 * Runs `docker-credential-<name> <action>` with the CLI's protocol: the request on stdin (the
 * server URL for get/erase, a JSON document for store), the answer on stdout. Spawned with
 * argv (no shell) and found on PATH, as the CLI finds it. Output is bounded; a missing binary
 * is reported by name. A cancel (`call.signal`) or the deadline kills the helper's whole
 * process group at once, so a hanging helper never outlives the task or dialog that asked.
 * Nothing read or written here is ever logged: it holds secrets.
 */
export const runCredentialHelper = (
  name: string,
  action: 'get' | 'store' | 'erase',
  input: string,
  env: NodeJS.ProcessEnv = process.env,
  call: HelperCall = {},
): Promise<{ readonly ok: boolean; readonly stdout: string }> => {
  if (!HELPER_NAME.test(name)) {
    return Promise.reject(
      new BerthError('VALIDATION', worded('credHelperNameInvalid', { name: name.slice(0, 64) })),
    );
  }
  const binary = helperBinary(name);
  const { signal } = call;
  if (signal?.aborted) return Promise.reject(cancelled());
  call.asking?.(binary);
  return new Promise((resolve, reject) => {
    // detached: its own process group, which killHelper ends as a whole.
    const child = spawn(binary, [action], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      detached: OWN_GROUP,
    });
    let stdout = '';
    let stderr = '';
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = (): void => {
      killHelper(child);
      settle(() => reject(cancelled()));
    };
    const timer = setTimeout(() => {
      killHelper(child);
      settle(() =>
        reject(
          new BerthError('TIMEOUT', worded('credHelperTimeout', { binary, seconds: TIMEOUT_MS / 1000 })),
        ),
      );
    }, TIMEOUT_MS);
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += text;
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      settle(() =>
        reject(
          err.code === 'ENOENT'
            ? new BerthError('NOT_FOUND', worded('credHelperNotOnPath', { binary }))
            : new BerthError('INTERNAL', worded('credHelperCannotRun', { binary, detail: err.message })),
        ),
      );
    });
    child.on('close', (code) => {
      settle(() => resolve({ ok: code === 0, stdout: stdout.trim() || stderr.trim() }));
    });
    // A helper that exits without reading stdin must not crash the backend with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
};

/** `get`: the helper's credentials for a server, or null when it has none. */
export const helperGet = async (
  name: string,
  serverUrl: string,
  env?: NodeJS.ProcessEnv,
  call?: HelperCall,
): Promise<HelperCredentials | null> => {
  const { ok, stdout } = await runCredentialHelper(name, 'get', serverUrl, env, call);
  if (!ok) {
    if (NOT_FOUND.test(stdout)) return null;
    throw new BerthError(
      'ENGINE_ERROR',
      worded('credHelperFailed', { binary: helperBinary(name), action: 'get', detail: stdout.slice(0, 300) }),
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new BerthError('ENGINE_ERROR', worded('credHelperNotJson', { binary: helperBinary(name) }));
  }
  const value = parsed as Partial<HelperCredentials>;
  if (typeof value.Username !== 'string' || typeof value.Secret !== 'string') {
    throw new BerthError('ENGINE_ERROR', worded('credHelperNoSecret', { binary: helperBinary(name) }));
  }
  if (!value.Username && !value.Secret) return null;
  return { ServerURL: serverUrl, Username: value.Username, Secret: value.Secret };
};

export const helperStore = async (
  name: string,
  credentials: HelperCredentials,
  env?: NodeJS.ProcessEnv,
  call?: HelperCall,
): Promise<void> => {
  const { ok, stdout } = await runCredentialHelper(name, 'store', JSON.stringify(credentials), env, call);
  if (!ok)
    throw new BerthError(
      'ENGINE_ERROR',
      worded('credHelperFailed', {
        binary: helperBinary(name),
        action: 'store',
        detail: stdout.slice(0, 300),
      }),
    );
};

/** `erase`: true when something was erased; a helper that had nothing is not an error. */
export const helperErase = async (
  name: string,
  serverUrl: string,
  env?: NodeJS.ProcessEnv,
  call?: HelperCall,
): Promise<boolean> => {
  const { ok, stdout } = await runCredentialHelper(name, 'erase', serverUrl, env, call);
  if (ok) return true;
  if (NOT_FOUND.test(stdout)) return false;
  throw new BerthError(
    'ENGINE_ERROR',
    worded('credHelperFailed', { binary: helperBinary(name), action: 'erase', detail: stdout.slice(0, 300) }),
  );
};
