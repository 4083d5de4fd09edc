import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('../../scripts/engine.sh', import.meta.url));

/**
 * Why a test that kills dockerd was skipped; `npm test`'s summary line counts skips by this
 * reason, so a run on someone's own engine says what it left out.
 */
export const KILLS_ENGINE =
  'kill dockerd: they run only on an engine npm test started (or the private one BERTH_ENGINE_DIR names), never on yours';

const dir = process.env.BERTH_ENGINE_DIR;

/**
 * Stops and starts the private engine scripts/test.sh started. Present only when the tests own
 * the engine (BERTH_ENGINE_DIR set, and DOCKER_HOST is its socket, so one engine is never
 * stopped while another is tested); nobody's own dockerd is ever killed by a test.
 */
export const engineControl =
  dir && process.env.DOCKER_HOST === `unix://${dir.replace(/\/+$/, '')}/docker.sock`
    ? {
        kill: async (): Promise<void> => {
          await exec('bash', [SCRIPT, 'stop']);
        },
        start: async (): Promise<void> => {
          await exec('bash', [SCRIPT, 'start']);
        },
      }
    : null;
