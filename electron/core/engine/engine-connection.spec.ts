import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../../shared/contract/engine.js';
import { EngineConnection } from './engine-connection.js';
import { EndpointError, type Endpoint } from './endpoint.js';

const endpoint: Endpoint = {
  kind: 'unix',
  path: '/fake.sock',
  info: { url: 'unix:///fake.sock', source: 'DOCKER_HOST' },
};

/** A stand-in for dockerode with just the calls the connection makes; each instance is one "client". */
const fakeClient = (streams: PassThrough[]) =>
  ({
    version: () => Promise.resolve({ Version: '20.10.24', ApiVersion: '1.41', Os: 'linux', Arch: 'amd64' }),
    getEvents: () => {
      const stream = new PassThrough();
      streams.push(stream);
      return Promise.resolve(stream);
    },
    ping: () => Promise.resolve('OK'),
  }) as unknown as Docker;

const until = (connection: EngineConnection, state: EngineStatus['state']) =>
  new Promise<EngineStatus>((resolve) => {
    if (connection.status.state === state) resolve(connection.status);
    const sub = connection.onStatus((s) => {
      if (s.state !== state) return;
      sub.dispose();
      resolve(s);
    });
  });

describe('EngineConnection', () => {
  it('treats a clean end of /events like a failure: rebuilds the client, reconnects and relists', async () => {
    const streams: PassThrough[] = [];
    let clients = 0;
    let relists = 0;
    const connection = new EngineConnection({
      resolve: () => endpoint,
      createClient: () => {
        clients++;
        return fakeClient(streams);
      },
      backoff: { initialMs: 1, maxMs: 5, jitter: 0 },
    });
    connection.onConnect(() => {
      relists++;
      return Promise.resolve();
    });
    connection.start();
    await until(connection, 'connected');
    expect([clients, relists]).toEqual([1, 1]);

    streams[0]?.end();
    const lost = await until(connection, 'unreachable');
    expect(lost.state === 'unreachable' && lost.reason).toBe(
      'Lost the connection to the engine at unix:///fake.sock (from DOCKER_HOST).',
    );
    await until(connection, 'connected');
    expect([clients, relists]).toEqual([2, 2]);
    connection.dispose();
  });

  it('runs connect hooks in order on every connect, and no longer once their subscription is disposed', async () => {
    const streams: PassThrough[] = [];
    const connection = new EngineConnection({
      resolve: () => endpoint,
      createClient: () => fakeClient(streams),
      backoff: { initialMs: 1, maxMs: 5, jitter: 0 },
    });
    const ran: string[] = [];
    const hook = (name: string) => () => {
      ran.push(name);
      return Promise.resolve();
    };
    connection.onConnect(hook('first'));
    const second = connection.onConnect(hook('second'));
    connection.start();
    await until(connection, 'connected');
    expect(ran).toEqual(['first', 'second']);

    second.dispose();
    streams[0]?.end();
    await until(connection, 'unreachable');
    await until(connection, 'connected');
    expect(ran).toEqual(['first', 'second', 'first']);
    connection.dispose();
  });

  it('passes engine events to listeners and drops what is not a container/image/volume/network event', async () => {
    const streams: PassThrough[] = [];
    const connection = new EngineConnection({
      resolve: () => endpoint,
      createClient: () => fakeClient(streams),
    });
    const seen: string[] = [];
    connection.onEvent((e) => seen.push(`${e.type}:${e.action}:${e.name ?? ''}`));
    connection.start();
    await until(connection, 'connected');
    streams[0]?.write(
      '{"Type":"container","Action":"start","Actor":{"ID":"abc","Attributes":{"name":"web"}},"timeNano":1}\n{"Type":"daemon","Action":"reload","Actor":{"ID":"d"}}',
    );
    streams[0]?.write('\n{"Type":"network","Action":"connect","Actor":{"ID":"n1","Attributes":{}}}\n');
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual(['container:start:web', 'network:connect:']);
    connection.dispose();
  });

  it('reports an endpoint that cannot be resolved, and keeps retrying in case the configuration changes', async () => {
    let attempts = 0;
    const connection = new EngineConnection({
      resolve: () => {
        attempts++;
        throw new EndpointError(
          'Docker context "gone" (from DOCKER_CONTEXT) does not exist',
          'DOCKER_CONTEXT',
          'gone',
        );
      },
      backoff: { initialMs: 1, maxMs: 2, jitter: 0 },
    });
    connection.start();
    const status = await until(connection, 'unreachable');
    expect(status).toMatchObject({
      endpoint: null,
      code: 'ENGINE_UNREACHABLE',
      reason: 'Docker context "gone" (from DOCKER_CONTEXT) does not exist',
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(attempts).toBeGreaterThan(1);
    connection.dispose();
  });

  it('fails calls fast while not connected', async () => {
    const connection = new EngineConnection({ resolve: () => endpoint, createClient: () => fakeClient([]) });
    await expect(connection.call(() => Promise.resolve(1))).rejects.toMatchObject({
      code: 'ENGINE_UNREACHABLE',
    });
    connection.dispose();
  });
});

describe('EngineConnection when the relist fails', () => {
  it('reports the real reason once per attempt and backs off, instead of a "lost" loop at full speed', async () => {
    const streams: PassThrough[] = [];
    const statuses: EngineStatus[] = [];
    const connection = new EngineConnection({
      resolve: () => endpoint,
      createClient: () => fakeClient(streams),
      backoff: { initialMs: 10, maxMs: 1_000, jitter: 0 },
    });
    connection.onConnect(() =>
      Promise.reject(Object.assign(new Error('boom'), { statusCode: 500, json: { message: 'boom' } })),
    );
    connection.onStatus((s) => statuses.push(s));
    connection.start();
    await new Promise((r) => setTimeout(r, 200));
    connection.dispose();
    const unreachable = statuses.flatMap((s) => (s.state === 'unreachable' ? [s] : []));
    expect(unreachable.length).toBeGreaterThan(1);
    for (const s of unreachable) expect(s.reason).toContain('boom');
    // 10, 20, 40, 80 ms…: a handful of attempts in 200 ms, not one every 10 ms.
    expect(unreachable.length).toBeLessThanOrEqual(5);
    expect(unreachable.map((s) => s.attempt)).toEqual(unreachable.map((_, i) => i + 1));
  });

  it('keeps going when a status listener throws', async () => {
    const connection = new EngineConnection({ resolve: () => endpoint, createClient: () => fakeClient([]) });
    connection.onStatus(() => {
      throw new Error('listener bug');
    });
    connection.start();
    await until(connection, 'connected');
    connection.dispose();
  });
});

describe('EngineConnection with an engine that stops answering', () => {
  it('says "not responding", fails waiting and new calls fast, and relists once the engine answers again', async () => {
    const streams: PassThrough[] = [];
    let frozen = false;
    const held: (() => void)[] = [];
    const client = {
      ...(fakeClient(streams) as unknown as Record<string, unknown>),
      ping: ({ abortSignal }: { abortSignal: AbortSignal }) =>
        new Promise((resolve, reject) => {
          if (!frozen) {
            resolve('OK');
            return;
          }
          held.push(() => resolve('OK'));
          abortSignal.addEventListener('abort', () =>
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
          );
        }),
    } as unknown as Docker;
    let relists = 0;
    const connection = new EngineConnection({
      resolve: () => endpoint,
      createClient: () => client,
      liveness: { suspectAfterMs: 20, probeTimeoutMs: 50 },
    });
    connection.onConnect(() => {
      relists++;
      return Promise.resolve();
    });
    connection.start();
    await until(connection, 'connected');
    expect(relists).toBe(1);

    frozen = true;
    // A call the frozen engine never answers (it honours its signal, as dockerode does).
    const waiting = connection.call(
      (_client, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () =>
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
          );
        }),
    );
    const status = await until(connection, 'not-responding');
    expect(status.state === 'not-responding' && status.reason).toMatch(
      /not responding \(no answer to a ping within 0\.1 s\)/,
    );
    await expect(waiting).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(connection.call(() => Promise.resolve(1))).rejects.toMatchObject({ code: 'TIMEOUT' });

    frozen = false;
    for (const answer of held.splice(0)) answer();
    await until(connection, 'connected');
    // Calls failed fast meanwhile: the model is rebuilt before "connected".
    expect(relists).toBe(2);
    await expect(connection.call(() => Promise.resolve(1))).resolves.toBe(1);
    connection.dispose();
  });
});
