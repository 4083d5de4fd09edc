import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  HARD_CLIENT_MESSAGE_BYTES,
  MAX_CLIENT_MESSAGE_BYTES,
  type ServerMessage,
} from '../../shared/protocol/messages.js';
import { FIRST_CALLS_PARAM, firstCallsFor, type FirstScreen } from '../../shared/protocol/first-calls.js';
import { emptyForm } from '../../shared/run/run-form.js';
import type { Backend } from '../core/index.js';
import { docker, engineSocketPath, eventually } from '../core/testing/docker-cli.js';
import { MALFORMED_FRAMES, MALFORMED_INVOKES } from '../core/testing/malformed-messages.js';
import { backendFor, waitForStatus } from '../core/testing/test-backend.js';
import { startWebServer, type WebServer } from './web-server.js';

const TOKEN = 'test-token-0123456789abcdef';

describe('web mode against the real engine', () => {
  let backend: Backend;
  let server: WebServer;
  let staticDir: string;
  let base: string;

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'berth-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Berth</title>');
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
    server = await startWebServer({ backend, host: '127.0.0.1', port: 0, token: TOKEN, staticDir });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    backend.dispose();
    rmSync(staticDir, { recursive: true, force: true });
  });

  /** node:http, not fetch: fetch refuses to send a forged Host header. */
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: { get(name: string): string | null } }>((resolve, reject) => {
      const req = request(`${base}${path}`, { headers }, (res) => {
        res.resume();
        const header = (name: string): string | null => {
          const value = res.headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        };
        resolve({ status: res.statusCode ?? 0, headers: { get: header } });
      });
      req.on('error', reject);
      req.end();
    });

  it('prints a loopback URL that carries the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('refuses requests without the token (401) and with a wrong one', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/?token=wrong-token-0123456789')).status).toBe(401);
    expect((await get('/', { Cookie: `berth_token_${server.port}=nope` })).status).toBe(401);
  });

  it('refuses a foreign Host or Origin (403) even with the token', async () => {
    expect((await get(`/?token=${TOKEN}`, { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await get(`/?token=${TOKEN}`, { Host: `127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await get(`/?token=${TOKEN}`, { Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('serves the page for the token, with an HttpOnly same-site cookie for reloads and a strict CSP', async () => {
    const first = await get(`/?token=${TOKEN}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-security-policy')).toContain("script-src 'self'");
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const again = await get('/', { Cookie: cookie.split(';')[0] ?? '' });
    expect(again.status).toBe(200);
    expect((await get('/..%2f..%2fetc%2fpasswd', { Cookie: cookie.split(';')[0] ?? '' })).status).toBe(404);
  });

  const openSocket = (headers: Record<string, string>): Promise<WebSocket> =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers });
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
      ws.once('error', reject);
    });

  const origin = () => ({ Origin: base });

  it('refuses WebSocket upgrades from a foreign origin, or without the token', async () => {
    await expect(
      openSocket({ Origin: 'http://evil.example', Authorization: `Bearer ${TOKEN}` }),
    ).rejects.toThrow('refused 403');
    await expect(openSocket(origin())).rejects.toThrow('refused 401');
    const ws = await openSocket({ ...origin(), Authorization: `Bearer ${TOKEN}` });
    ws.close();
  });

  it('puts a credential derived from the token in the cookie, never the token, and it opens no socket', async () => {
    const set = (await get(`/?token=${TOKEN}`)).headers.get('set-cookie') ?? '';
    const pair = set.split(';')[0] ?? '';
    const value = pair.slice(pair.indexOf('=') + 1);
    expect(value.length).toBeGreaterThan(20);
    expect(set).not.toContain(TOKEN);
    await expect(openSocket({ ...origin(), Cookie: pair })).rejects.toThrow('refused 401');
    await expect(openSocket({ ...origin(), Authorization: `Bearer ${value}` })).rejects.toThrow(
      'refused 401',
    );
  });

  it('opens the WebSocket for the token offered as a subprotocol, but not for the page cookie', async () => {
    // Cookies are not scoped by port: any other local server sees this one, so it must open nothing.
    await expect(openSocket({ ...origin(), Cookie: `berth_token_${server.port}=${TOKEN}` })).rejects.toThrow(
      'refused 401',
    );
    const ws = await new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, ['berth.v1', `berth.token.${TOKEN}`], {
        headers: origin(),
      });
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
    expect(ws.protocol).toBe('berth.v1');
    ws.close();
  });

  it('refuses request targets that do not parse, and keeps serving', async () => {
    for (const target of ['//', '/\\', '//a:b@x', 'http://[']) {
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(
            `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
              'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
          );
        });
        let text = '';
        socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
        socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
        socket.on('error', () => resolve(text.split('\r\n')[0] ?? ''));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 (400|403)/);
    }
    expect((await get(`/?token=${TOKEN}`)).status).toBe(200);
  });

  it('runs the first screen’s calls as the socket opens when its address asks for them, and only then', async () => {
    const answeredIds = (messages: readonly ServerMessage[]): number[] =>
      messages.flatMap((m) => (m.t === 'res' ? [m.id] : [])).sort((a, b) => a - b);
    /** What the socket at `path` receives with nothing sent on it, once `expected` ids are answered. */
    const open = async (path: string, expected: readonly number[]): Promise<ServerMessage[]> => {
      const received: ServerMessage[] = [];
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}`, ['berth.v1', `berth.token.${TOKEN}`], {
        headers: origin(),
      });
      ws.on('message', (data: Buffer) => received.push(JSON.parse(data.toString('utf8')) as ServerMessage));
      await new Promise((resolve) => ws.once('open', resolve));
      if (expected.length > 0) {
        await eventually(() => expect(answeredIds(received)).toEqual(expected), 10_000);
      }
      // Time for anything more to come: nothing should.
      await new Promise((resolve) => setTimeout(resolve, 300));
      ws.close();
      expect(answeredIds(received), path).toEqual(expected);
      return received;
    };
    const ids = (screen: FirstScreen): number[] => firstCallsFor(screen).map((c) => c.id);
    const all = await open(`/ws?${FIRST_CALLS_PARAM}=all`, ids('all'));
    expect(all.find((m) => m.t === 'res' && m.id === 2)).toMatchObject({ ok: true });
    expect(all.find((m) => m.t === 'res' && m.id === 1)).toMatchObject({
      ok: true,
      value: { state: 'connected' },
    });
    // The swarm views' screen: everything but the containers and tasks lists, under the same ids.
    const swarm = await open(`/ws?${FIRST_CALLS_PARAM}=swarm`, ids('swarm'));
    expect(ids('swarm')).not.toContain(2);
    expect(swarm.find((m) => m.t === 'res' && m.id === 1)).toMatchObject({ ok: true });
    await open('/ws', []);
    await open(`/ws?${FIRST_CALLS_PARAM}=1`, []);
    await open(`/ws?${FIRST_CALLS_PARAM}=everything`, []);
    // The address asks for nothing else: the token is still only taken from the subprotocol.
    await expect(openSocket({ ...origin() })).rejects.toThrow('refused 401');
  });

  it('answers every malformed message with a typed error, changes nothing, and stays up', async () => {
    const before = await docker('ps', '-aq', '--no-trunc');
    const ws = await openSocket({ ...origin(), Authorization: `Bearer ${TOKEN}` });
    const received: ServerMessage[] = [];
    ws.on('message', (data: Buffer) => received.push(JSON.parse(data.toString('utf8')) as ServerMessage));
    for (const frame of MALFORMED_FRAMES) ws.send(frame);
    for (const { json } of MALFORMED_INVOKES) ws.send(json);
    ws.send(Buffer.from([0xff, 0x00, 0x13]), { binary: true });
    await eventually(() =>
      expect(received.length).toBe(MALFORMED_FRAMES.length + MALFORMED_INVOKES.length + 1),
    );
    expect(received.filter((m) => m.t === 'protocolError')).toHaveLength(MALFORMED_FRAMES.length + 1);
    for (const [index, { code }] of MALFORMED_INVOKES.entries()) {
      const answer = received.find((m) => m.t === 'res' && m.id === 101 + index);
      expect(answer).toMatchObject({ ok: false, error: { code } });
    }
    // Still serving, and the engine saw nothing.
    ws.send(JSON.stringify({ t: 'invoke', id: 1, channel: 'engine.status', payload: {} }));
    await eventually(() =>
      expect(received.find((m) => m.t === 'res' && m.id === 1)).toMatchObject({
        ok: true,
        value: { state: 'connected' },
      }),
    );
    expect(await docker('ps', '-aq', '--no-trunc')).toBe(before);
    ws.close();
  });

  it('closes a frame over the hard cap instead of buffering it', async () => {
    const ws = await openSocket({ ...origin(), Authorization: `Bearer ${TOKEN}` });
    const closed = new Promise<number>((resolve) => ws.once('close', (code: number) => resolve(code)));
    ws.send('x'.repeat(HARD_CLIENT_MESSAGE_BYTES + 1));
    expect(await closed).toBe(1009);
  });

  it('answers a message over the protocol limit with VALIDATION for its id; the socket and its streams go on', async () => {
    const ws = await openSocket({ ...origin(), Authorization: `Bearer ${TOKEN}` });
    const received: ServerMessage[] = [];
    let closed = false;
    ws.on('close', () => (closed = true));
    ws.on('message', (data: Buffer) => received.push(JSON.parse(data.toString('utf8')) as ServerMessage));
    ws.send(JSON.stringify({ t: 'hello' }));
    ws.send(JSON.stringify({ t: 'sub', id: 1, channel: 'engine.events', payload: {} }));
    // What the dialog allowed before the limits agreed: 20 variables of 16 KB (over 256 KB).
    const env = Array.from({ length: 20 }, (_, i) => ({ key: `V${i}`, value: 'x'.repeat(16_384) }));
    const form = { ...emptyForm('berth-test/busybox:latest'), name: 'berth-web-oversize', env };
    const frame = JSON.stringify({ t: 'invoke', id: 5, channel: 'run.create', payload: { form } });
    expect(frame.length).toBeGreaterThan(MAX_CLIENT_MESSAGE_BYTES);
    ws.send(frame);
    await eventually(() =>
      expect(received.find((m) => m.t === 'res' && m.id === 5)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringMatching(/too large to send/) as unknown },
      }),
    );
    // The stream opened before keeps delivering on the same socket.
    const name = `berth-web-after-${Date.now()}`;
    await docker('create', '--name', name, 'berth-test/busybox:latest');
    try {
      await eventually(() =>
        expect(JSON.stringify(received.filter((m) => m.t === 'chunk' && m.id === 1))).toContain(name),
      );
    } finally {
      await docker('rm', '-f', name);
    }
    expect(closed).toBe(false);
    expect(await docker('ps', '-aq', '--filter', 'name=berth-web-oversize')).toBe('');
    ws.close();
  });

  it('tears down a client’s subscriptions when its socket closes', async () => {
    const ws = await openSocket({ ...origin(), Authorization: `Bearer ${TOKEN}` });
    const listenersBefore = backend.hub.size;
    ws.send(JSON.stringify({ t: 'hello' }));
    ws.send(JSON.stringify({ t: 'sub', id: 1, channel: 'engine.events', payload: {} }));
    await eventually(() => expect(backend.sessionCount).toBeGreaterThan(0));
    ws.close();
    await eventually(() => expect(server.socketCount).toBe(0));
    await eventually(() => expect(backend.hub.size).toBeLessThan(listenersBefore));
  });
});
