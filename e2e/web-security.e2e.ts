import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { docker, removeTestContainers, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';
import { tryCredentials } from './support/credential-probe.js';

const SCOPE = 'e2e-websec';

let berth: BerthWeb;

test.beforeAll(async () => {
  await removeTestContainers(SCOPE);
  berth = await startBerthWeb();
});
test.afterAll(async () => {
  await berth.stop();
  await removeTestContainers(SCOPE);
});

/** Every attempt with what a foreign server received must be refused, and the token never seen. */
const expectNothingOpensBerth = async (received: string): Promise<void> => {
  // The browser did send Berth's cookie along: without it this check would prove nothing.
  expect(received).toContain(`berth_page_${new URL(berth.origin).port}=`);
  expect(received).not.toContain(berth.token);
  const outcomes = await tryCredentials(berth.origin, received);
  expect(outcomes.size).toBeGreaterThan(2);
  for (const [attempt, outcome] of outcomes) {
    expect(`${attempt}: ${outcome}`).toMatch(/: (refused 401|unsendable)$/);
  }
  expect([...outcomes.values()].filter((o) => o === 'refused 401').length).toBeGreaterThan(2);
};

const openApp = async (page: Page): Promise<void> => {
  await page.goto(berth.url);
  await expect(page.getByRole('heading', { name: 'Containers' })).toBeVisible();
};

test('without the token the browser gets 401 and no app', async ({ page }) => {
  const response = await page.goto(berth.origin + '/');
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('heading', { name: 'Containers' })).toHaveCount(0);
});

test('the token leaves the address bar, and the app keeps working after a reload', async ({ page }) => {
  await page.goto(berth.url);
  await expect(page.getByRole('heading', { name: 'Containers' })).toBeVisible();
  expect(page.url()).not.toContain(berth.token);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Containers' })).toBeVisible();
});

test('a page from another origin cannot open the WebSocket, even with the cookie in the browser', async ({
  page,
}) => {
  // Log in first, so the browser holds the cookie a malicious page would try to ride on.
  await page.goto(berth.url);
  await expect(page.getByRole('heading', { name: 'Containers' })).toBeVisible();
  const evil: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  try {
    const evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    await page.goto(evilOrigin);
    const target = berth.origin.replace('http:', 'ws:') + '/ws';
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url);
          ws.onopen = () => resolve('open');
          ws.onerror = () => resolve('refused');
        }),
      target,
    );
    expect(outcome).toBe('refused');
    const fetched = await page.evaluate(
      (url) =>
        fetch(url, { credentials: 'include' }).then(
          (r) => r.status,
          () => 0,
        ),
      berth.origin + '/',
    );
    // Either CORS hides it (0) or the server refuses the foreign Origin (403): never the app.
    expect([0, 403]).toContain(fetched);
  } finally {
    await new Promise<void>((resolve) => evil.close(() => resolve()));
  }
});

test('another local server the browser visits gets nothing that opens the engine', async ({ page }) => {
  await openApp(page);
  let received = '';
  const other: Server = createServer((req, res) => {
    received = req.headers.cookie ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>another app</title>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    await expectNothingOpensBerth(received);
    // The token lives in Berth's own origin (port included), out of this page's reach.
    expect(await page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)))).not.toContain(
      berth.token,
    );
  } finally {
    await new Promise<void>((resolve) => other.close(() => resolve()));
  }
});

test("a container's web app opened from Berth's port link gets nothing that opens the engine", async ({
  page,
  context,
}) => {
  // busybox httpd with a CGI script that echoes the Cookie header the browser sent it.
  const script = [
    'mkdir -p /www/cgi-bin',
    'printf \'#!/bin/sh\\necho Content-Type: text/plain\\necho\\necho "cookie=$HTTP_COOKIE"\\n\' > /www/cgi-bin/echo',
    'chmod +x /www/cgi-bin/echo',
    'exec httpd -f -p 80 -h /www',
  ].join(' && ');
  await runTestContainer('e2e-websec-app', SCOPE, ['-p', '127.0.0.1::80'], ['sh', '-c', script]);
  const published = await docker('port', 'e2e-websec-app', '80');
  const ui = new ContainersPage(page);
  await ui.open(berth.url);
  const link = ui.row('e2e-websec-app').getByRole('button', { name: /^Open http:\/\/127\.0\.0\.1:\d+$/ });
  await link.click();
  const popup = context.waitForEvent('page');
  await page.getByRole('dialog', { name: 'Open link' }).getByRole('button', { name: 'Open' }).click();
  const app = await popup;
  // The link opens the app's root; go to its echo script on the same origin, as the app itself could.
  await app.waitForLoadState();
  expect(new URL(app.url()).host).toBe(published.split('\n')[0]);
  const echoed = await app.goto(`http://${new URL(app.url()).host}/cgi-bin/echo`);
  const text = (await echoed?.text()) ?? '';
  expect(text).toContain('cookie=');
  await expectNothingOpensBerth(text.slice(text.indexOf('cookie=') + 'cookie='.length).trim());
});
