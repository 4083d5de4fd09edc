import { execFile } from 'node:child_process';
import type { ComposeCli } from '../../../shared/contract/compose.js';
import { composeFlavour, parseComposeVersion } from '../../../shared/compose/cli-version.js';

type Env = Readonly<Record<string, string | undefined>>;

/** v1 is a Python program: its first start on a loaded machine takes a few seconds. */
const PROBE_TIMEOUT_MS = 20_000;

const CANDIDATES = [
  { command: 'docker compose', file: 'docker', args: ['compose', 'version', '--short'] },
  { command: 'docker-compose', file: 'docker-compose', args: ['version', '--short'] },
] as const;

interface ProbeResult {
  readonly version: string | null;
  /** Why this command is not usable, for the message when none is. */
  readonly problem: string;
}

const probe = (file: string, args: readonly string[], env: Env): Promise<ProbeResult> =>
  new Promise((resolve) => {
    execFile(
      file,
      args,
      { env, timeout: PROBE_TIMEOUT_MS, maxBuffer: 64 * 1024, windowsHide: true },
      (err, stdout, stderr) => {
        if (err) {
          const code = (err as NodeJS.ErrnoException).code;
          const firstLine = stderr.trim().split('\n')[0] ?? '';
          resolve({
            version: null,
            problem: code === 'ENOENT' ? 'not found' : firstLine || err.message.split('\n')[0] || 'failed',
          });
          return;
        }
        const version = parseComposeVersion(stdout);
        resolve({ version, problem: version ? '' : 'printed no compose version' });
      },
    );
  });

/**
 * Finds the compose CLI as a person on this machine would: the v2 plugin (`docker compose`)
 * first, then the standalone v1 `docker-compose`. When neither answers, says which commands
 * were tried and what each said, so a missing CLI is explained rather than hidden.
 */
export const detectComposeCli = async (env: Env = process.env): Promise<ComposeCli> => {
  const tried: string[] = [];
  for (const candidate of CANDIDATES) {
    const result = await probe(candidate.file, candidate.args, env);
    if (result.version) {
      return {
        available: true,
        flavour: composeFlavour(result.version),
        version: result.version,
        command: candidate.command,
      };
    }
    tried.push(`${candidate.file} ${candidate.args.join(' ')} (${result.problem})`);
  }
  return {
    available: false,
    tried,
    reason:
      'No compose CLI found. Install the Docker Compose v2 plugin (`docker compose`) or the standalone `docker-compose`, then try again.',
  };
};
