import { readFileSync } from 'node:fs';

/**
 * Prints one closing line for the whole `npm test` run ("Total: N passed, N failed, N skipped"),
 * adding up the vitest and Playwright JSON reports, so a reader (or CI) need not add them up.
 */
interface VitestReport {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly numTodoTests: number;
}
interface PlaywrightReport {
  readonly stats: {
    readonly expected: number;
    readonly unexpected: number;
    readonly flaky: number;
    readonly skipped: number;
  };
}

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const [vitestPath, playwrightPath] = process.argv.slice(2);
if (!vitestPath || !playwrightPath) throw new Error('usage: test-summary VITEST_JSON PLAYWRIGHT_JSON');
const vitest = read<VitestReport>(vitestPath);
const playwright = read<PlaywrightReport>(playwrightPath);
const passed = vitest.numPassedTests + playwright.stats.expected + playwright.stats.flaky;
const failed = vitest.numFailedTests + playwright.stats.unexpected;
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.stats.skipped;
process.stdout.write(`\nTotal: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
