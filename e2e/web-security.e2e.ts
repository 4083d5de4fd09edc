import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';

let berth: BerthWeb;

test.beforeAll(async () => {
  berth = await startBerthWeb();
});
test.afterAll(async () => {
  await berth.stop();
});

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
