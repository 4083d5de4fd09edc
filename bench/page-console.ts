import type { ConsoleMessage, Page } from '@playwright/test';

/**
 * What a page under measurement says on its console, under a prefix its init script uses.
 *
 * Waiting on a loading page any other way (waitForFunction, evaluate, a locator) runs Playwright's
 * own scripts in it: the first of them in each new document compiles and runs a large script on
 * the main thread the load needs (a trace showed one such task of 29 ms between the page's answers
 * and its first render). A user's browser has no such script, so a bench that times a load hears
 * from the page this way, and evaluates in it only once the load is measured.
 */
export interface ConsoleWatch {
  /** Every line with the prefix so far (the prefix and one space taken off), oldest first. */
  readonly lines: readonly string[];
  /** When the latest line arrived (Date.now()); NaN before the first. */
  readonly lastAt: number;
  /** The first line (seen or to come) that passes `test`; null if none within `timeoutMs`. */
  until(test: (line: string) => boolean, timeoutMs: number): Promise<string | null>;
  /** Forgets what was heard: for the next load on the same page. */
  clear(): void;
  stop(): void;
}

export const watchConsole = (page: Page, prefix: string): ConsoleWatch => {
  const lines: string[] = [];
  let lastAt = Number.NaN;
  const waiters = new Set<(line: string) => void>();
  const onConsole = (message: ConsoleMessage): void => {
    const text = message.text();
    if (!text.startsWith(`${prefix} `)) return;
    const line = text.slice(prefix.length + 1);
    lines.push(line);
    lastAt = Date.now();
    for (const waiter of [...waiters]) waiter(line);
  };
  page.on('console', onConsole);
  return {
    lines,
    get lastAt() {
      return lastAt;
    },
    until: (test, timeoutMs) => {
      const seen = lines.find(test);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve) => {
        const done = (line: string | null): void => {
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(line);
        };
        const waiter = (line: string): void => {
          if (test(line)) done(line);
        };
        const timer = setTimeout(() => {
          done(null);
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear: () => {
      lines.length = 0;
      lastAt = Number.NaN;
    },
    stop: () => {
      page.off('console', onConsole);
    },
  };
};
