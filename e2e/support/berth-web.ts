import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repo root, whether this runs from e2e/ (Playwright) or from dist/e2e/ (the bench). */
const repoRoot = (): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above e2e/support');
    dir = parent;
  }
  return dir;
};

const CLI = join(repoRoot(), 'dist', 'electron', 'web', 'cli.js');

export interface BerthWeb {
  /** The URL `berth web` printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** The `berth web` process id (the bench samples its RSS from /proc); -1 if it has none. */
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts the real `berth web` CLI (built) and waits for the line with its URL. */
export const startBerthWeb = async (env: Record<string, string> = {}): Promise<BerthWeb> => {
  const token = randomBytes(18).toString('base64url');
  const child: ChildProcess = spawn(process.execPath, [CLI, 'web', '--port', '0', '--token', token], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`berth web printed no URL:\n${output}`)), 15_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /Berth is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`berth web exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    token,
    pid: child.pid ?? -1,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
