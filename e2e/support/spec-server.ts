import { test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTestContainers } from '../../electron/core/testing/docker-cli.js';
import { startBerthWeb, type BerthWeb } from './berth-web.js';

/**
 * One `berth web` for a spec file, and a clean slate of the spec's labelled containers before
 * and after it. Returns a getter: the server exists only once the spec's beforeAll has run.
 */
export const berthForSpec = (scope: string): (() => BerthWeb) => {
  let berth: BerthWeb | undefined;
  let configDir: string | undefined;
  test.beforeAll(async () => {
    await removeTestContainers(scope);
    // Its own settings, alert history and recent files: nothing read from or left in the user's.
    configDir = await mkdtemp(join(tmpdir(), `berth-e2e-${scope}-`));
    berth = await startBerthWeb({ XDG_CONFIG_HOME: configDir });
  });
  test.afterAll(async () => {
    await berth?.stop();
    await removeTestContainers(scope);
    if (configDir) await rm(configDir, { recursive: true, force: true });
  });
  return () => {
    if (!berth) throw new Error('berth web is not started yet (use it inside a test)');
    return berth;
  };
};
