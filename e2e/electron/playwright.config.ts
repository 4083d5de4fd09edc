import { defineConfig } from '@playwright/test';

/*
 * The Electron suite: the built app in the real Electron binary, against a real engine (Linux
 * CI, under Xvfb) or against none (Windows and macOS CI: BERTH_ELECTRON_NO_ENGINE=1). Where no
 * Electron binary exists, every test is reported as skipped with the reason.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.electron.ts',
  // One app at a time: each test launches its own Berth, and they share the engine.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
