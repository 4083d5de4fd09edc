import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './support/chromium.js';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  // scripts/test.sh runs the swarm specs as its own last step when it owns the engine.
  testIgnore: process.env.BERTH_SWARM_STEP_LATER ? ['**/*.swarm.e2e.ts'] : [],
  // One engine is shared by every spec, and the restart spec stops it: run specs one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  // Timing assertions (a second to show a change) meet a loaded 2-core CI machine: one retry,
  // and Playwright still reports a test that needed it as flaky.
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    trace: 'off',
  },
});
