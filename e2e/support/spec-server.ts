import { test } from '@playwright/test';
import { removeTestContainers } from '../../electron/core/testing/docker-cli.js';
import { startBerthWeb, type BerthWeb } from './berth-web.js';

/**
 * One `berth web` for a spec file, and a clean slate of the spec's labelled containers before
 * and after it. Returns a getter: the server exists only once the spec's beforeAll has run.
 */
export const berthForSpec = (scope: string): (() => BerthWeb) => {
  let berth: BerthWeb | undefined;
  test.beforeAll(async () => {
    await removeTestContainers(scope);
    berth = await startBerthWeb();
  });
  test.afterAll(async () => {
    await berth?.stop();
    await removeTestContainers(scope);
  });
  return () => {
    if (!berth) throw new Error('berth web is not started yet (use it inside a test)');
    return berth;
  };
};
