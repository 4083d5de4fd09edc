import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGED, createAppProtocolHandler } from './app-protocol.js';
import { mimeTypeOf, resolveInside } from '../core/index.js';
import { RENDERER_CSP } from '../../shared/security/csp.js';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'berth-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Berth</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(root, 'assets', 'font.woff2'), 'w');
  // Files next to the renderer folder, which must stay unreachable.
  await writeFile(path.join(base, 'secret.txt'), 'top secret');
  await mkdir(path.join(base, 'renderer-evil'));
  await writeFile(path.join(base, 'renderer-evil', 'x.js'), 'evil');
  handler = createAppProtocolHandler({ root });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

describe('app protocol handler', () => {
  it('serves index.html at the root with the CSP header and the right MIME type', async () => {
    const res = await get('app://berth/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Berth</title>');
  });

  it('serves assets with their MIME types', async () => {
    const js = await get('app://berth/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://berth/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://berth/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await get('app://berth/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('ignores query and fragment', async () => {
    const res = await get('app://berth/assets/index-abc.js?v=1#x');
    expect(res.status).toBe(200);
  });

  it('never serves a file outside the renderer folder, however the path is spelled', async () => {
    const attempts = [
      'app://berth/../secret.txt',
      'app://berth/%2e%2e/secret.txt',
      'app://berth/%2e%2e%2fsecret.txt',
      'app://berth/assets/%2e%2e/%2e%2e/secret.txt',
      'app://berth/..%5csecret.txt',
      'app://berth/%2e%2e%5c%2e%2e%5csecret.txt',
      'app://berth/%2e%2e/renderer-evil/x.js',
      `app://berth/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
      'app://berth/index.html%00.js',
      'app://berth/%E0%A4%A',
    ];
    for (const url of attempts) {
      const res = await get(url);
      const body = await res.text();
      expect(body, url).not.toContain('top secret');
      expect(body, url).not.toContain('evil');
      // Either refused or (for an extension-less spelling) the app shell, never a foreign file.
      if (res.status === 200) expect(body, url).toContain('<title>Berth</title>');
    }
  });

  it('answers 404 for a missing asset, and index.html for an extension-less client route', async () => {
    expect((await get('app://berth/assets/missing.js')).status).toBe(404);
    const route = await get('app://berth/containers/abc');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('refuses other hosts and methods other than GET and HEAD', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://berth/index.html', 'POST')).status).toBe(405);
    const head = await get('app://berth/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('sends the CSP header on errors too', async () => {
    const res = await get('app://berth/assets/missing.js');
    expect(res.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it('reports an unreadable file as a 500, not a crash', async () => {
    const failing = createAppProtocolHandler({
      root,
      readFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    });
    expect((await failing(new Request('app://berth/index.html'))).status).toBe(500);
  });
});

describe('resolveInside', () => {
  it('maps paths into the root and refuses ones that leave it', () => {
    expect(resolveInside('/r', '/')).toBe(path.resolve('/r/index.html'));
    expect(resolveInside('/r', '/a/b.js')).toBe(path.resolve('/r/a/b.js'));
    expect(resolveInside('/r', '/a/../b.js')).toBe(path.resolve('/r/b.js'));
    expect(resolveInside('/r', '/../r2/x.js')).toBeNull();
    expect(resolveInside('/r', '/%2e%2e/x')).toBeNull();
    expect(resolveInside('/r', '/a/%00')).toBeNull();
    expect(resolveInside('/r', '/%zz')).toBeNull();
  });
});

describe('scheme registration and MIME types', () => {
  it('registers app:// as standard, secure and fetchable, and not CORS-readable or CSP-exempt', () => {
    expect(APP_SCHEME_PRIVILEGED).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('falls back to octet-stream for unknown extensions', () => {
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
    expect(mimeTypeOf('X.PNG')).toBe('image/png');
  });

  it('the CSP is the strict policy of the architecture', () => {
    expect(RENDERER_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
