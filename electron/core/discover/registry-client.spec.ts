import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CredentialStore } from '../registry/credential-store.js';
import { listRepositories } from './registry-browse.js';
import { RegistryClient } from './registry-client.js';

/**
 * distribution's token flow, served by a small HTTP server on loopback: the registry answers
 * 401 with a Bearer challenge naming the token realm, the realm checks Basic credentials (or an
 * identity token, POSTed as a refresh token) and hands out a token the registry then accepts.
 * Debian's docker-registry with htpasswd only does Basic; that path runs in the engine spec.
 */
describe('RegistryClient: Bearer token flow', () => {
  let server: Server;
  let port = 0;
  let configDir: string;
  const log: { path: string; authorization: string; body: string }[] = [];
  let tokenCount = 0;

  const readBody = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => resolve(body));
    });

  beforeAll(async () => {
    server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const authorization = req.headers.authorization ?? '';
        log.push({ path: `${url.pathname}${url.search}`, authorization, body });
        if (url.pathname === '/token') {
          const form = new URLSearchParams(body);
          const basicOk = authorization === `Basic ${Buffer.from('ann:secret').toString('base64')}`;
          const refreshOk = req.method === 'POST' && form.get('refresh_token') === 'id-token-1';
          if (!basicOk && !refreshOk) {
            res.writeHead(401).end();
            return;
          }
          tokenCount++;
          const key = refreshOk ? 'access_token' : 'token';
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ [key]: `tok-${tokenCount}`, expires_in: 300 }));
          return;
        }
        if (!authorization.startsWith('Bearer tok-')) {
          res.writeHead(401, {
            'WWW-Authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="test-registry",scope="registry:catalog:*"`,
            'Content-Type': 'application/json',
          });
          res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
          return;
        }
        res.writeHead(200, {
          'Content-Type': 'application/json',
          Link: '</v2/_catalog?last=one&n=1>; rel="next"',
        });
        res.end(JSON.stringify({ repositories: ['one'] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
    configDir = await mkdtemp(join(tmpdir(), 'berth-bearer-'));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(configDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    log.length = 0;
  });

  const clientWith = async (entry: Record<string, string>): Promise<RegistryClient> => {
    await writeFile(
      join(configDir, 'config.json'),
      JSON.stringify({ auths: { [`127.0.0.1:${port}`]: entry } }),
    );
    return new RegistryClient({ credentials: new CredentialStore({ configDir: () => configDir }) });
  };

  it('answers the challenge with a token for its realm, service and scope, and reuses it until it expires', async () => {
    const client = await clientWith({ auth: Buffer.from('ann:secret').toString('base64') });
    const page = await listRepositories(client, `127.0.0.1:${port}`, { pageSize: 1 });
    expect(page).toEqual({ registry: `127.0.0.1:${port}`, repositories: ['one'], next: 'one' });
    const token = log.find((entry) => entry.path.startsWith('/token'));
    expect(token?.path).toBe('/token?service=test-registry&scope=registry%3Acatalog%3A*');
    expect(log.at(-1)?.authorization).toMatch(/^Bearer tok-\d+$/);

    log.length = 0;
    await listRepositories(client, `127.0.0.1:${port}`, { pageSize: 1, last: 'one' });
    // The cached token: one 401, then the retry, and no second trip to the token server.
    expect(log.map((entry) => entry.path.split('?')[0])).toEqual(['/v2/_catalog', '/v2/_catalog']);
  });

  it('trades an identity token as an OAuth2 refresh token (POST), as the CLI does', async () => {
    const client = await clientWith({ auth: '', identitytoken: 'id-token-1' });
    await listRepositories(client, `127.0.0.1:${port}`);
    const token = log.find((entry) => entry.path.startsWith('/token'));
    expect(token?.path).toBe('/token');
    const form = new URLSearchParams(token?.body);
    expect(form.get('grant_type')).toBe('refresh_token');
    expect(form.get('service')).toBe('test-registry');
    expect(form.get('scope')).toBe('registry:catalog:*');
  });

  it('wrong credentials are UNAUTHORIZED with a plain message that holds no secret', async () => {
    const client = await clientWith({ auth: Buffer.from('ann:wrong-pass').toString('base64') });
    const failure = await listRepositories(client, `127.0.0.1:${port}`).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((failure as Error).message).not.toContain('wrong-pass');
    const none = await clientWith({});
    await expect(listRepositories(none, `127.0.0.1:${port}`)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: `127.0.0.1:${port} asks for credentials: log in to it first.`,
    });
  });

  it('refuses a token realm over plain HTTP off loopback', async () => {
    const other = createServer((_req, res) => {
      res
        .writeHead(401, { 'WWW-Authenticate': 'Bearer realm="http://auth.example/token",service="s"' })
        .end();
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    const otherPort = typeof address === 'object' && address ? address.port : 0;
    try {
      const client = new RegistryClient({ credentials: new CredentialStore({ configDir: () => configDir }) });
      await expect(listRepositories(client, `127.0.0.1:${otherPort}`)).rejects.toMatchObject({
        code: 'UNSUPPORTED',
      });
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
