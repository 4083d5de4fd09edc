import { spawn } from 'node:child_process';
import { BerthError } from '../errors/berth-error.js';

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

/**
 * Runs `docker-credential-<name> <action>` with the CLI's protocol: the request on stdin (the
 * server URL for get/erase, a JSON document for store), the answer on stdout. Spawned with
 * argv (no shell) and found on PATH, as the CLI finds it. Output is bounded; a missing binary
 * is reported by name. Nothing read or written here is ever logged: it holds secrets.
 */
export const runCredentialHelper = (
  name: string,
  action: 'get' | 'store' | 'erase',
  input: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ readonly ok: boolean; readonly stdout: string }> => {
  if (!HELPER_NAME.test(name)) {
    return Promise.reject(
      new BerthError(
        'VALIDATION',
        `The credential helper name "${name.slice(0, 64)}" in config.json is not valid.`,
      ),
    );
  }
  const binary = helperBinary(name);
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [action], { env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new BerthError(
          'TIMEOUT',
          `The credential helper ${binary} did not answer within ${TIMEOUT_MS / 1000} s.`,
        ),
      );
    }, TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += text;
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        err.code === 'ENOENT'
          ? new BerthError(
              'NOT_FOUND',
              `The credential helper ${binary} is configured in the docker config but was not found on PATH: install it or change the docker config.`,
            )
          : new BerthError('INTERNAL', `Cannot run the credential helper ${binary}: ${err.message}`),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, stdout: stdout.trim() || stderr.trim() });
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
): Promise<HelperCredentials | null> => {
  const { ok, stdout } = await runCredentialHelper(name, 'get', serverUrl, env);
  if (!ok) {
    if (NOT_FOUND.test(stdout)) return null;
    throw new BerthError('ENGINE_ERROR', `${helperBinary(name)} get failed: ${stdout.slice(0, 300)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new BerthError('ENGINE_ERROR', `${helperBinary(name)} get did not answer with JSON.`);
  }
  const value = parsed as Partial<HelperCredentials>;
  if (typeof value.Username !== 'string' || typeof value.Secret !== 'string') {
    throw new BerthError('ENGINE_ERROR', `${helperBinary(name)} get answered without Username and Secret.`);
  }
  if (!value.Username && !value.Secret) return null;
  return { ServerURL: serverUrl, Username: value.Username, Secret: value.Secret };
};

export const helperStore = async (
  name: string,
  credentials: HelperCredentials,
  env?: NodeJS.ProcessEnv,
): Promise<void> => {
  const { ok, stdout } = await runCredentialHelper(name, 'store', JSON.stringify(credentials), env);
  if (!ok)
    throw new BerthError('ENGINE_ERROR', `${helperBinary(name)} store failed: ${stdout.slice(0, 300)}`);
};

/** `erase`: true when something was erased; a helper that had nothing is not an error. */
export const helperErase = async (
  name: string,
  serverUrl: string,
  env?: NodeJS.ProcessEnv,
): Promise<boolean> => {
  const { ok, stdout } = await runCredentialHelper(name, 'erase', serverUrl, env);
  if (ok) return true;
  if (NOT_FOUND.test(stdout)) return false;
  throw new BerthError('ENGINE_ERROR', `${helperBinary(name)} erase failed: ${stdout.slice(0, 300)}`);
};
