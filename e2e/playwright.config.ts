import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
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
    launchOptions: {
      executablePath: process.env.BERTH_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
});
