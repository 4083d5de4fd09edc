import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubClient } from './hub-client.js';

/** Docker Hub that answers badly: an error status, JSON of another shape, or nothing at all. */
describe('HubClient when Hub does not answer as expected', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url?.startsWith('/down/')) {
        res.writeHead(503).end('maintenance');
        return;
      }
      if (req.url?.startsWith('/odd/')) {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ results: 'none' }));
        return;
      }
      // Never answers: the client's deadline ends it.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const tail = 'Search still works through the engine, and private registries are unaffected.';

  it('says plainly why, for each way of failing', async () => {
    expect(await new HubClient({ baseUrl: `${base}/down` }).search('x')).toEqual({
      available: false,
      message: `Docker Hub is not available (it answered HTTP 503). ${tail}`,
    });
    expect(await new HubClient({ baseUrl: `${base}/odd` }).repository('nginx')).toEqual({
      available: false,
      message: `Docker Hub is not available (its answer was not in the expected shape). ${tail}`,
    });
    expect(await new HubClient({ baseUrl: `${base}/silent`, timeoutMs: 200 }).search('x')).toEqual({
      available: false,
      message: `Docker Hub is not available (no answer in time). ${tail}`,
    });
    const offline = await new HubClient({ baseUrl: 'https://hub.invalid' }).search('x');
    expect(offline.available).toBe(false);
  });
});
