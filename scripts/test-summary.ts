import { readFileSync } from 'node:fs';
import { summaryLine, type PlaywrightReport, type VitestReport } from './summary-line.js';

/**
 * Prints one closing line for the whole `npm test` run ("Total: N passed, N failed, N skipped
 * (why)"), adding up the vitest and Playwright JSON reports, so a reader (or CI) need not.
 */
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const [vitestPath, playwrightPath] = process.argv.slice(2);
if (!vitestPath || !playwrightPath) throw new Error('usage: test-summary VITEST_JSON PLAYWRIGHT_JSON');
process.stdout.write(
  `\n${summaryLine(read<VitestReport>(vitestPath), read<PlaywrightReport>(playwrightPath))}\n`,
);
