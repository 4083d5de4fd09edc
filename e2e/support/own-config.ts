import { test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTestContainers } from '../../electron/core/testing/docker-cli.js';
import { startBerthWeb, type BerthWeb } from './berth-web.js';

export interface OwnBerth {
  /** The running server (a new one after `restart`). */
  readonly web: BerthWeb;
  /** The XDG_CONFIG_HOME the server runs with: its settings are `<configDir>/berth/settings.json`. */
  readonly configDir: string;
  /** Stops `berth web` and starts it again on the same settings file. */
  restart(): Promise<BerthWeb>;
}

/**
 * A spec's own `berth web` whose settings live in a temp XDG_CONFIG_HOME: the spec's choices neither
 * read nor change the user's (or another spec's) settings, and survive a restart of the server.
 */
export const berthWithOwnConfig = (scope: string): (() => OwnBerth) => {
  let dir: string | undefined;
  let web: BerthWeb | undefined;
  const start = async (): Promise<BerthWeb> => {
    if (!dir) throw new Error('no config folder yet');
    web = await startBerthWeb({ XDG_CONFIG_HOME: dir });
    return web;
  };
  const own: OwnBerth = {
    get web() {
      if (!web) throw new Error('berth web is not started yet (use it inside a test)');
      return web;
    },
    get configDir() {
      if (!dir) throw new Error('no config folder yet');
      return dir;
    },
    async restart() {
      await web?.stop();
      return start();
    },
  };
  test.beforeAll(async () => {
    await removeTestContainers(scope);
    dir = await mkdtemp(join(tmpdir(), `berth-${scope}-`));
    await start();
  });
  test.afterAll(async () => {
    await web?.stop();
    await removeTestContainers(scope);
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return () => own;
};
