import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';

/**
 * The note the backend sends (electron/core/logs/logs-stream.ts, LOG_NOTES.stopped) once the
 * engine's log body of a stopped container has ended: the view keeps following, and the note
 * goes through the same stream and write batcher as the history, after its last line. Its row in
 * xterm's DOM therefore means the whole history has been parsed and drawn: no renderer hook.
 */
export const END_NOTE = '— container stopped —';

export interface LogPage {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** A page on the container list, searched down to `name` so its row is on screen. */
export const openList = async (browser: Browser, berth: BerthWeb, name: string): Promise<LogPage> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(berth.url);
  await page.getByRole('heading', { name: 'Containers' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search containers' }).fill(name);
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).waitFor();
  return { context, page };
};

/** Back from a detail view to the (still searched) list. */
export const backToList = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('button', { name: '← Back to containers' }).click();
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).waitFor();
};

/**
 * In the page: clicks the button `click` (found by aria-label or text), then resolves with the
 * milliseconds until the log region `Logs of <name>` holds a freshly created xterm whose drawn
 * rows contain `END_NOTE`. Timed with the page's own clock, from just before the click, by a
 * MutationObserver (as the list bench does).
 */
export const clickUntilLogEnd = (
  page: Page,
  name: string,
  click: string,
  timeoutMs: number,
): Promise<number> =>
  page.evaluate(
    ({ name, click, note, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const region = (): Element | null =>
          document.querySelector(`[role=region][aria-label="Logs of ${name}"]`);
        const before = region()?.querySelector('.xterm') ?? null;
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.getAttribute('aria-label') === click || b.textContent.trim() === click,
        );
        if (!button) {
          reject(new Error(`no button ${click}`));
          return;
        }
        const check = (): boolean => {
          const host = region();
          const term = host?.querySelector('.xterm') ?? null;
          return term !== null && term !== before && term.textContent.includes(note);
        };
        const observer = new MutationObserver(() => {
          if (check()) finish();
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`"${note}" not drawn within ${timeoutMs} ms`));
        }, timeoutMs);
        const start = performance.now();
        const finish = (): void => {
          const ms = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          resolve(ms);
        };
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
    { name, click, note: END_NOTE, timeoutMs },
  );

/** The log view's status line ("Following", "… lines dropped"). */
export const logStatus = async (page: Page): Promise<string> =>
  (await page.locator('.logs p[role=status]').textContent()) ?? '';

/** Lines the log view reports as dropped, from its status line. */
export const droppedLines = (status: string): number => {
  const match = /([\d,.\s]+) lines dropped/.exec(status);
  return match?.[1] ? Number(match[1].replace(/[^\d]/g, '')) : 0;
};
