import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('../../scripts/engine.sh', import.meta.url));

/**
 * Stops and starts the private engine scripts/test.sh started. Present only when the tests own
 * the engine (BERTH_ENGINE_DIR set); nobody's own dockerd is ever killed by a test.
 */
export const engineControl = process.env.BERTH_ENGINE_DIR
  ? {
      kill: async (): Promise<void> => {
        await exec('bash', [SCRIPT, 'stop']);
      },
      start: async (): Promise<void> => {
        await exec('bash', [SCRIPT, 'start']);
      },
    }
  : null;
