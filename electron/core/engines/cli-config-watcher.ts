import { existsSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Disposable } from '../rpc/disposable.js';
import type { CliContextStore, ContextStoreSnapshot } from './cli-context-store.js';

export interface CliConfigWatchOptions {
  /** Quiet time after the last file event before the store is re-read; the CLI writes several files per command. */
  readonly debounceMs?: number;
}

/**
 * Re-reads the CLI's config and context store when a file in it changes (`docker context use/create/rm` run in a
 * terminal while Berth is open) and reports the snapshot only when it differs. It watches directories, not files,
 * because the CLI replaces files by rename; there is no polling loop, so an idle Berth reads nothing.
 */
export function watchCliConfig(
  store: CliContextStore,
  onChange: (snapshot: ContextStoreSnapshot) => void,
  options: CliConfigWatchOptions = {},
): Disposable & { readonly snapshot: () => ContextStoreSnapshot } {
  const debounceMs = options.debounceMs ?? 100;
  const watchers = new Map<string, FSWatcher>();
  let last = store.list();
  let lastKey = JSON.stringify(last);
  let timer: NodeJS.Timeout | undefined;
  let disposed = false;

  const wanted = (): string[] => {
    const { configDir } = store;
    if (!existsSync(configDir)) {
      // Watch the nearest existing ancestor, so the first `docker context create` is still seen.
      let dir = dirname(configDir);
      while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
      return [dir];
    }
    const contexts = join(configDir, 'contexts');
    const meta = join(contexts, 'meta');
    const dirs = [configDir, contexts, meta].filter((d) => existsSync(d));
    if (existsSync(meta)) {
      for (const entry of readdirSync(meta, { withFileTypes: true })) {
        if (entry.isDirectory()) dirs.push(join(meta, entry.name));
      }
    }
    return dirs;
  };

  const rewire = (): void => {
    if (disposed) return;
    let dirs: string[];
    try {
      dirs = wanted();
    } catch {
      dirs = [];
    }
    const keep = new Set(dirs);
    for (const [dir, watcher] of watchers) {
      if (keep.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, { persistent: false }, changed);
        // A watched directory that is removed ends its watcher; the next rewire drops or replaces it.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
          changed();
        });
        watchers.set(dir, watcher);
      } catch {
        // Removed between listing and watching: the parent's event will rewire.
      }
    }
  };

  const flush = (): void => {
    timer = undefined;
    if (disposed) return;
    rewire();
    const next = store.list();
    const key = JSON.stringify(next);
    if (key === lastKey) return;
    last = next;
    lastKey = key;
    onChange(next);
  };

  function changed(): void {
    if (disposed) return;
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  }

  rewire();
  return {
    snapshot: () => last,
    dispose() {
      disposed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
