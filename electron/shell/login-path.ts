import { spawn } from 'node:child_process';
import path from 'node:path';

/*
 * The PATH a GUI launch lacks. Opened from Finder, the Dock or a desktop launcher, Berth inherits
 * launchd's or the session's minimal PATH (on macOS `/usr/bin:/bin:/usr/sbin:/sbin`), so
 * `docker compose`, `docker-compose` and `docker-credential-*` are not found where a terminal
 * finds them. At start the user's login shell is asked for its PATH once, bounded by a timeout
 * (a slow or interactive rc file must not hold Berth up), and the folders where Docker Desktop,
 * Homebrew, Rancher Desktop, OrbStack and Podman put their CLIs are added after it.
 */

/** A started process, as the resolver needs it. */
export interface SpawnedShell {
  /** Settles when the process exits (or fails to start: reject). */
  readonly result: Promise<{ readonly stdout: string; readonly code: number | null }>;
  kill(): void;
}

/** Starts `file` with `args` and `env`, capturing stdout; no stdin. */
export type Spawner = (file: string, args: readonly string[], env: NodeJS.ProcessEnv) => SpawnedShell;

export interface LoginPathOptions {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
  readonly spawn: Spawner;
  /** How long the login shell may take. */
  readonly timeoutMs?: number;
  /** Whether a folder exists; known folders that do not are left out. Absent: all are kept. */
  readonly isDirectory?: (folder: string) => boolean;
}

export type PathSource = 'login-shell' | 'timeout' | 'shell-failed' | 'not-needed';

export interface ResolvedPath {
  readonly path: string;
  /** Where the first part came from, for the log line. */
  readonly source: PathSource;
}

export const LOGIN_SHELL_TIMEOUT_MS = 2500;
const MARK = '__BERTH_PATH__';
/** sh, bash, zsh and fish all run this; rc files may print around it, so the markers delimit. */
const PRINT_PATH = `echo ${MARK}; printenv PATH; echo ${MARK}`;

/** The folders package managers and Docker distributions put their CLIs in, per platform. */
export const knownDockerFolders = (
  platform: NodeJS.Platform,
  home: string,
  env: NodeJS.ProcessEnv,
): string[] => {
  switch (platform) {
    case 'darwin':
      return [
        '/usr/local/bin',
        '/opt/homebrew/bin',
        '/Applications/Docker.app/Contents/Resources/bin',
        path.posix.join(home, '.docker/bin'),
        path.posix.join(home, '.rd/bin'),
        path.posix.join(home, '.orbstack/bin'),
        path.posix.join(home, '.colima/bin'),
        '/opt/podman/bin',
      ];
    case 'win32': {
      const programFiles = env.ProgramFiles ?? 'C:\\Program Files';
      return [path.win32.join(programFiles, 'Docker', 'Docker', 'resources', 'bin')];
    }
    default:
      return [
        '/usr/local/bin',
        '/usr/bin',
        '/bin',
        path.posix.join(home, '.docker/bin'),
        path.posix.join(home, '.rd/bin'),
        '/snap/bin',
      ];
  }
};

/** The value of PATH in `env` (Windows spells it `Path`). */
export const pathOf = (env: NodeJS.ProcessEnv): string =>
  env.PATH ?? Object.entries(env).find(([key]) => key.toUpperCase() === 'PATH')?.[1] ?? '';

/** Joins PATH lists in order, keeping the first of duplicates and dropping empty entries. */
export const mergePaths = (lists: readonly (readonly string[])[], delimiter: string): string => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const raw of list) {
      const entry = raw.trim();
      if (entry === '' || seen.has(entry)) continue;
      seen.add(entry);
      out.push(entry);
    }
  }
  return out.join(delimiter);
};

/** The PATH printed between the markers, or null when the output has none. */
export const parseShellOutput = (stdout: string): string | null => {
  const parts = stdout.split(MARK);
  if (parts.length < 3) return null;
  const value = (parts[1] ?? '').trim();
  return value === '' ? null : value;
};

const defaultShell = (platform: NodeJS.Platform): string => (platform === 'darwin' ? '/bin/zsh' : '/bin/sh');

/** Runs the login shell, settling with its PATH or a reason; never rejects, never outlives the timeout. */
const askLoginShell = (
  options: LoginPathOptions,
): Promise<{ path: string } | { failed: 'timeout' | 'shell-failed' }> => {
  const shell =
    options.env.SHELL && path.isAbsolute(options.env.SHELL)
      ? options.env.SHELL
      : defaultShell(options.platform);
  // oh-my-zsh and friends: no update prompt, no tmux auto-start while we read the PATH.
  const env = {
    ...options.env,
    DISABLE_AUTO_UPDATE: 'true',
    ZSH_TMUX_AUTOSTARTED: 'true',
    ZSH_TMUX_AUTOSTART: 'false',
  };
  let child: SpawnedShell;
  try {
    child = options.spawn(shell, ['-ilc', PRINT_PATH], env);
  } catch {
    return Promise.resolve({ failed: 'shell-failed' });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve({ failed: 'timeout' });
    }, options.timeoutMs ?? LOGIN_SHELL_TIMEOUT_MS);
    child.result.then(
      ({ stdout }) => {
        clearTimeout(timer);
        const found = parseShellOutput(stdout);
        resolve(found === null ? { failed: 'shell-failed' } : { path: found });
      },
      () => {
        clearTimeout(timer);
        resolve({ failed: 'shell-failed' });
      },
    );
  });
};

/**
 * The PATH Berth should run with: on macOS and Linux the login shell's PATH, then the inherited
 * one, then the known Docker folders; if the shell fails or is too slow, the inherited PATH and
 * the known folders. On Windows there is no login shell: the inherited PATH and Docker Desktop's
 * resources\bin.
 */
export const resolveLoginPath = async (options: LoginPathOptions): Promise<ResolvedPath> => {
  const { platform, env, home } = options;
  const delimiter = platform === 'win32' ? ';' : ':';
  const inherited = pathOf(env).split(delimiter);
  const isDirectory = options.isDirectory ?? (() => true);
  const known = knownDockerFolders(platform, home, env).filter((folder) => isDirectory(folder));
  if (platform === 'win32') return { path: mergePaths([inherited, known], delimiter), source: 'not-needed' };

  const answer = await askLoginShell(options);
  if ('failed' in answer) return { path: mergePaths([inherited, known], delimiter), source: answer.failed };
  return {
    path: mergePaths([answer.path.split(delimiter), inherited, known], delimiter),
    source: 'login-shell',
  };
};

/** The real spawner: its own process group, so a timeout also ends what the rc files started. */
export const nodeSpawner: Spawner = (file, args, env) => {
  const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    // A PATH is short; an rc file that prints without end must not grow memory.
    if (stdout.length < 1_000_000) stdout += chunk;
  });
  const result = new Promise<{ stdout: string; code: number | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      resolve({ stdout, code });
    });
  });
  return {
    result,
    kill() {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    },
  };
};
