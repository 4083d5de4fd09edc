import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Favorites } from '../../../shared/contract/discover.js';
import { rememberRun, setStarred } from '../../../shared/discover/favorites.js';
import { replaceFile } from '../settings/replace-file.js';

export const DISCOVER_FILE_NAME = 'discover.json';

const fileSchema = z.object({
  registries: z.array(z.string().max(300)).max(200).catch([]),
  recent: z
    .array(z.object({ image: z.string().max(512), at: z.number() }))
    .max(200)
    .catch([]),
  starred: z.array(z.string().max(512)).max(500).catch([]),
});

type DiscoverFile = z.infer<typeof fileSchema>;

const EMPTY: DiscoverFile = { registries: [], recent: [], starred: [] };

/**
 * Berth's own discover state in `<dataDir>/discover.json`: registries added by address, recently
 * run and starred images. A file Berth cannot read counts as empty rather than blocking the view;
 * writes are atomic and serialised, as for the recent compose files.
 */
export class DiscoverStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  get path(): string {
    return join(this.dataDir, DISCOVER_FILE_NAME);
  }

  async read(): Promise<DiscoverFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
      throw err;
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : EMPTY;
    } catch {
      return EMPTY;
    }
  }

  async favorites(): Promise<Favorites> {
    const { recent, starred } = await this.read();
    return { recent, starred };
  }

  addRegistry(address: string): Promise<DiscoverFile> {
    return this.update((file) =>
      file.registries.includes(address)
        ? file
        : { ...file, registries: [...file.registries, address].sort() },
    );
  }

  removeRegistry(address: string): Promise<DiscoverFile> {
    return this.update((file) => ({ ...file, registries: file.registries.filter((r) => r !== address) }));
  }

  async recordRun(image: string, at: number): Promise<Favorites> {
    const file = await this.update((f) => ({ ...f, recent: rememberRun(f.recent, image, at) }));
    return { recent: file.recent, starred: file.starred };
  }

  async star(image: string, starred: boolean): Promise<Favorites> {
    const file = await this.update((f) => ({ ...f, starred: setStarred(f.starred, image, starred) }));
    return { recent: file.recent, starred: file.starred };
  }

  private update(change: (file: DiscoverFile) => DiscoverFile): Promise<DiscoverFile> {
    const next = this.queue.then(async () => {
      const file = change(await this.read());
      await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
      await replaceFile(this.path, `${JSON.stringify(file, null, 2)}\n`);
      return file;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
