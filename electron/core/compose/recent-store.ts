import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecentComposeFile } from '../../../shared/contract/compose.js';
import { addRecent, parseRecent } from '../../../shared/compose/recent-files.js';
import { replaceFile } from '../settings/replace-file.js';

export const RECENT_FILE_NAME = 'recent-compose.json';

/**
 * The recently opened compose files, kept in `<dataDir>/recent-compose.json`. Writes are
 * atomic (a temporary file renamed over the old one) and serialised, so two quick runs never
 * leave a torn or interleaved file.
 */
export class RecentComposeStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  get path(): string {
    return join(this.dataDir, RECENT_FILE_NAME);
  }

  async list(): Promise<RecentComposeFile[]> {
    try {
      return parseRecent(await readFile(this.path, 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  /** Records a use of `entry.path`; resolves with the new list. */
  remember(entry: RecentComposeFile): Promise<RecentComposeFile[]> {
    const next = this.queue.then(async () => {
      const list = addRecent(await this.list(), entry);
      await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
      await replaceFile(this.path, `${JSON.stringify(list, null, 2)}\n`);
      return list;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
