/** The parts of vitest's JSON report the summary reads. */
export interface VitestReport {
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly numTodoTests: number;
}

interface PlaywrightTest {
  readonly status?: string;
  readonly annotations?: readonly { readonly type?: string; readonly description?: string }[];
}
interface PlaywrightSuite {
  readonly specs?: readonly { readonly tests?: readonly PlaywrightTest[] }[];
  readonly suites?: readonly PlaywrightSuite[];
}

/** The parts of Playwright's JSON report the summary reads. */
export interface PlaywrightReport {
  readonly stats: {
    readonly expected: number;
    readonly unexpected: number;
    readonly flaky: number;
    readonly skipped: number;
  };
  readonly suites?: readonly PlaywrightSuite[];
}

const skipReasons = (suites: readonly PlaywrightSuite[], counts: Map<string, number>): void => {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const reason = test.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
      }
    }
    skipReasons(suite.suites ?? [], counts);
  }
};

/**
 * One closing line for the whole `npm test` run, adding up both reports; skipped tests are
 * counted by their reason, so a run on someone's own engine says which tests it left out and why.
 */
export const summaryLine = (vitest: VitestReport, playwright: PlaywrightReport): string => {
  const passed = vitest.numPassedTests + playwright.stats.expected + playwright.stats.flaky;
  const failed = vitest.numFailedTests + playwright.stats.unexpected;
  const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.stats.skipped;
  const reasons = new Map<string, number>();
  skipReasons(playwright.suites ?? [], reasons);
  const unexplained = skipped - [...reasons.values()].reduce((sum, n) => sum + n, 0);
  if (unexplained > 0) reasons.set('no reason given', (reasons.get('no reason given') ?? 0) + unexplained);
  const why = [...reasons].map(([reason, n]) => `${n} ${reason}`).join('; ');
  return `Total: ${passed} passed, ${failed} failed, ${skipped} skipped${why ? ` (${why})` : ''}`;
};

/** Several Playwright runs (the browser suite, the Electron suite) as one report. */
export const mergePlaywright = (reports: readonly PlaywrightReport[]): PlaywrightReport => ({
  stats: {
    expected: reports.reduce((sum, r) => sum + r.stats.expected, 0),
    unexpected: reports.reduce((sum, r) => sum + r.stats.unexpected, 0),
    flaky: reports.reduce((sum, r) => sum + r.stats.flaky, 0),
    skipped: reports.reduce((sum, r) => sum + r.stats.skipped, 0),
  },
  suites: reports.flatMap((r) => r.suites ?? []),
});

/** Several vitest runs (the main one, the swarm step's) as one report. */
export const mergeVitest = (reports: readonly VitestReport[]): VitestReport => ({
  numPassedTests: reports.reduce((sum, r) => sum + r.numPassedTests, 0),
  numFailedTests: reports.reduce((sum, r) => sum + r.numFailedTests, 0),
  numPendingTests: reports.reduce((sum, r) => sum + r.numPendingTests, 0),
  numTodoTests: reports.reduce((sum, r) => sum + r.numTodoTests, 0),
});
