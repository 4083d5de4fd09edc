import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export const SPOOL_FOLDER_NAME = 'log-spool';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes the spools of Berths that are gone (a killed `berth web` cannot clean up after itself).
 * Each backend spools into `<pid>-<random>`: a folder whose process still runs belongs to a Berth
 * that is open now (another window, the desktop app beside web mode) and is left alone.
 */
export const sweepSpools = (root: string): number => {
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const pid = Number(/^(\d+)-/.exec(entry)?.[1] ?? Number.NaN);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) continue;
    rmSync(join(root, entry), { recursive: true, force: true });
    removed++;
  }
  return removed;
};

export const spoolRoot = (dataDir: string): string => join(dataDir, SPOOL_FOLDER_NAME);

/** This backend's own spool folder (made when the first view opens a spool). */
export const ownSpoolFolder = (dataDir: string): string => {
  const root = spoolRoot(dataDir);
  const folder = join(root, `${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return folder;
};
