import { readFileSync } from 'node:fs';
import {
  mergePlaywright,
  mergeVitest,
  summaryLine,
  type PlaywrightReport,
  type VitestReport,
} from './summary-line.js';

/**
 * Prints one closing line for the whole `npm test` run ("Total: N passed, N failed, N skipped
 * (why)"), adding up the vitest reports (main run, swarm step) and the Playwright ones (browser
 * suite, Electron suite, swarm step),
 * so a reader (or CI) need not.
 */
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const isVitest = (report: object): report is VitestReport => 'numPassedTests' in report;

// Any number of reports, in any order: each is told apart by its shape.
const reports = process.argv.slice(2).map((path) => read<VitestReport | PlaywrightReport>(path));
const vitest = reports.filter(isVitest);
const playwright = reports.filter((r): r is PlaywrightReport => !isVitest(r));
if (vitest.length === 0 || playwright.length === 0) {
  throw new Error('usage: test-summary VITEST_JSON… PLAYWRIGHT_JSON…');
}
process.stdout.write(`\n${summaryLine(mergeVitest(vitest), mergePlaywright(playwright))}\n`);
