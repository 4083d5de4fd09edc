import { describe, expect, it } from 'vitest';
import { mergePlaywright, mergeVitest, summaryLine } from './summary-line.js';

const vitest = { numPassedTests: 10, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
const skippedTest = (description: string) => ({
  status: 'skipped',
  annotations: [{ type: 'skip', description }],
});

describe('the closing line of npm test', () => {
  it('adds both reports up and says nothing more when nothing was skipped', () => {
    expect(
      summaryLine(vitest, { stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 0 }, suites: [] }),
    ).toBe('Total: 16 passed, 1 failed, 0 skipped');
  });

  it('counts skipped browser tests by their reason, nested suites included', () => {
    const line = summaryLine(vitest, {
      stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 2 },
      suites: [
        {
          specs: [{ tests: [{ status: 'expected' }, skippedTest('kill dockerd')] }],
          suites: [{ specs: [{ tests: [skippedTest('kill dockerd')] }] }],
        },
      ],
    });
    expect(line).toBe('Total: 13 passed, 0 failed, 2 skipped (2 kill dockerd)');
  });

  it('names skips it cannot explain rather than hiding them', () => {
    const line = summaryLine(
      { ...vitest, numPendingTests: 1 },
      { stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 } },
    );
    expect(line).toBe('Total: 10 passed, 0 failed, 1 skipped (1 no reason given)');
  });

  it('adds the Electron suite to the browser suite, its skips listed with their reason', () => {
    const reason = 'no Electron binary on this machine: node_modules/electron/path.txt is missing';
    const line = summaryLine(
      vitest,
      mergePlaywright([
        {
          stats: { expected: 4, unexpected: 0, flaky: 0, skipped: 1 },
          suites: [{ specs: [{ tests: [skippedTest('kill dockerd')] }] }],
        },
        {
          stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 2 },
          suites: [{ specs: [{ tests: [skippedTest(reason), skippedTest(reason)] }] }],
        },
      ]),
    );
    expect(line).toBe(`Total: 14 passed, 0 failed, 3 skipped (1 kill dockerd; 2 ${reason})`);
  });
});

describe('mergeVitest', () => {
  it('adds up the main run and the swarm step', () => {
    const main = { numPassedTests: 10, numFailedTests: 1, numPendingTests: 2, numTodoTests: 0 };
    const swarm = { numPassedTests: 15, numFailedTests: 0, numPendingTests: 0, numTodoTests: 1 };
    expect(mergeVitest([main, swarm])).toEqual({
      numPassedTests: 25,
      numFailedTests: 1,
      numPendingTests: 2,
      numTodoTests: 1,
    });
  });
});
