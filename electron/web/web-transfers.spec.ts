import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../core/index.js';
import { cookieName, pageCookieValue } from './request-guard.js';
import { startWebServer, type WebServer } from './web-server.js';

const TOKEN = 'transfer-token-0123456789abcdef';

/** Transfers need no engine: the backend is built but never connects. */
describe('web mode transfers', () => {
  let backend: Backend;
  let server: WebServer;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'berth-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Berth</title>');
    backend = createBackend();
    server = await startWebServer({ backend, host: '127.0.0.1', port: 0, token: TOKEN, staticDir });
  });
  afterAll(async () => {
    await server.close();
    backend.dispose();
    rmSync(staticDir, { recursive: true, force: true });
  });

  const send = (
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: Buffer,
  ): Promise<{ status: number; body: string; disposition: string | undefined }> =>
    new Promise((resolve, reject) => {
      const req = request(`http://127.0.0.1:${server.port}${path}`, { method, headers }, (res) => {
        text(res).then((data) => {
          const disposition = res.headers['content-disposition'];
          resolve({ status: res.statusCode ?? 0, body: data, disposition });
        }, reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  const cookie = () => ({ Cookie: `${cookieName(server.port)}=${pageCookieValue(TOKEN, server.port)}` });

  it('serves a download once, with its filename, and never without the page credentials', async () => {
    const ticket = backend.transfers.offerDownload({
      filename: 'data "1".tar',
      open: () => Promise.resolve(Readable.from([Buffer.from('hello '), Buffer.from('world')])),
    });
    expect((await send('GET', ticket.path)).status).toBe(401);
    const first = await send('GET', ticket.path, cookie());
    expect(first).toMatchObject({ status: 200, body: 'hello world' });
    expect(first.disposition).toContain('filename="data _1_.tar"');
    expect((await send('GET', ticket.path, cookie())).status).toBe(404);
  });

  it('accepts an upload up to its limit and answers with the sink result', async () => {
    const ticket = backend.transfers.expectUpload({
      maxBytes: 16,
      accept: async (body) => ({ got: await text(body) }),
    });
    const reply = await send('PUT', ticket.path, cookie(), Buffer.from('0123456789'));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { got: '0123456789' } });

    const small = backend.transfers.expectUpload({ maxBytes: 4, accept: (body) => text(body) });
    const tooBig = await send('PUT', small.path, cookie(), Buffer.from('0123456789'));
    expect(tooBig.status).toBe(400);
    expect(JSON.parse(tooBig.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a foreign Origin, the wrong direction and made-up tickets', async () => {
    const ticket = backend.transfers.expectUpload({ maxBytes: 16, accept: () => Promise.resolve(1) });
    const foreign = await send(
      'PUT',
      ticket.path,
      { ...cookie(), Origin: 'http://127.0.0.1:1' },
      Buffer.from('x'),
    );
    expect(foreign.status).toBe(403);
    expect((await send('GET', ticket.path, cookie())).status).toBe(404);
    expect((await send('GET', '/transfers/AAAAAAAAAAAAAAAAAAAAAA', cookie())).status).toBe(404);
    expect((await send('DELETE', ticket.path, cookie())).status).toBe(405);
  });
});
