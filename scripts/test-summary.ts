import { readFileSync } from 'node:fs';
import { mergePlaywright, summaryLine, type PlaywrightReport, type VitestReport } from './summary-line.js';

/**
 * Prints one closing line for the whole `npm test` run ("Total: N passed, N failed, N skipped
 * (why)"), adding up the vitest report and the Playwright ones (browser suite, Electron suite),
 * so a reader (or CI) need not.
 */
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const [vitestPath, ...playwrightPaths] = process.argv.slice(2);
if (!vitestPath || playwrightPaths.length === 0) {
  throw new Error('usage: test-summary VITEST_JSON PLAYWRIGHT_JSON [PLAYWRIGHT_JSON…]');
}
const playwright = mergePlaywright(playwrightPaths.map((path) => read<PlaywrightReport>(path)));
process.stdout.write(`\n${summaryLine(read<VitestReport>(vitestPath), playwright)}\n`);
