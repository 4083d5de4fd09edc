import { expect, test } from '@playwright/test';
import { electronPresent, launchBerth, skipReason } from './support/electron-app.js';

/*
 * Runs everywhere an Electron binary exists, engine or not (Windows and macOS CI have none):
 * Berth starts, loads from app://berth, and names the engine it could not reach.
 */
test.skip(!electronPresent, skipReason);

const MISSING_ENGINE =
  process.platform === 'win32'
    ? 'npipe:////./pipe/berth-no-engine-here'
    : 'unix:///tmp/berth-no-engine-here.sock';

test('with no engine, the window shows the engine-unreachable screen naming the endpoint', async () => {
  const berth = await launchBerth({ DOCKER_HOST: MISSING_ENGINE });
  try {
    expect(berth.window.url()).toMatch(/^app:\/\/berth\//);
    await expect(berth.window.getByRole('heading', { name: 'Docker engine not reachable' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(berth.window.getByRole('main')).toContainText('berth-no-engine-here');
  } finally {
    await berth.close();
  }
});
