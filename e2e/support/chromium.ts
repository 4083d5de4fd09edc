import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (Playwright cannot download its own here), headless, with the flags this
 * closed network needs: without the background-networking ones it keeps dialling out and is
 * refused. One definition for the e2e config and the bench.
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
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
};
