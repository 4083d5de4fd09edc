import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * SIGSTOP/SIGCONT for the private engine the tests own (BERTH_ENGINE_DIR, as scripts/test.sh
 * sets it: `docker.sock` and `docker.pid` there). Null when the engine is not ours: a test never
 * freezes an engine other people use. To run such a test by hand, start a second dockerd
 * (`--bridge=none --iptables=false`, its own roots) and link its socket and pidfile into a
 * directory named by BERTH_ENGINE_DIR.
 */
export interface EngineFreezer {
  readonly socket: string;
  freeze(): void;
  thaw(): void;
}

export const engineFreezer = (): EngineFreezer | null => {
  const dir = process.env.BERTH_ENGINE_DIR;
  if (!dir) return null;
  const pid = (): number => Number(readFileSync(join(dir, 'docker.pid'), 'utf8').trim());
  return {
    socket: join(dir, 'docker.sock'),
    freeze: () => {
      process.kill(pid(), 'SIGSTOP');
    },
    thaw: () => {
      process.kill(pid(), 'SIGCONT');
    },
  };
};
