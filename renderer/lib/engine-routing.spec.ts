import { describe, expect, it } from 'vitest';
import { invokes } from '../../shared/contract/channels.js';
import {
  chunkByEngine,
  groupByEngine,
  plainId,
  qualify,
  routedFields,
  routeRequest,
  splitQualified,
} from './engine-routing.js';

const ID = 'a'.repeat(64);

describe('qualified container keys', () => {
  it('split back into the id and the engine, and keep the short id first', () => {
    const key = qualify('podman:run-podman-podman-sock', ID);
    expect(splitQualified(key)).toEqual({ id: ID, engine: 'podman:run-podman-podman-sock' });
    expect(key.slice(0, 12)).toBe(ID.slice(0, 12));
    expect(splitQualified('web-1')).toEqual({ id: 'web-1', engine: undefined });
  });

  it('group and chunk refs so each call names one engine', () => {
    const refs = [qualify('default', 'a1'), qualify('ctx:box', 'b1'), qualify('default', 'a2'), 'plain'];
    expect([...groupByEngine(refs)]).toEqual([
      ['default', ['a1', 'a2']],
      ['ctx:box', ['b1']],
      [undefined, ['plain']],
    ]);
    expect(chunkByEngine(refs, 1)).toEqual([[refs[0]], [refs[2]], [refs[1]], ['plain']]);
  });
});

describe('routeRequest', () => {
  it('moves the engine from the refs into the request, where the contract accepts one', () => {
    const action = invokes['containers.action'].request;
    const routed = routeRequest('containers.action', {
      action: 'stop',
      refs: [qualify('ctx:box', 'b1'), qualify('ctx:box', 'b2')],
    });
    expect(routed).toEqual({ ok: true, req: { action: 'stop', refs: ['b1', 'b2'], engine: 'ctx:box' } });
    expect(routed.ok && action.safeParse(routed.req).success).toBe(true);
  });

  it('leaves plain requests untouched (the launch engine, as before)', () => {
    const req = { action: 'stop', refs: ['web-1'] };
    expect(routeRequest('containers.action', req)).toEqual({
      ok: true,
      req,
    });
  });

  it('refuses refs of several engines in one request', () => {
    const routed = routeRequest('containers.action', {
      action: 'stop',
      refs: [qualify('default', 'a'), qualify('ctx:box', 'b')],
    });
    expect(routed.ok).toBe(false);
  });
});

describe('keys that are not container ids', () => {
  it('split only at an engine id, so a digest reference stays whole', () => {
    const digest = `app@sha256:${'b'.repeat(64)}`;
    expect(splitQualified(digest)).toEqual({ id: digest, engine: undefined });
    expect(splitQualified(qualify('ctx:box', digest))).toEqual({ id: digest, engine: 'ctx:box' });
    expect(splitQualified('data@nope')).toEqual({ id: 'data@nope', engine: undefined });
    expect(plainId(qualify('podman:run-user-1000-podman-podman-sock', 'data'))).toBe('data');
  });
});

type Invokes = typeof invokes;
type Channel = keyof Invokes;

/** One request per channel that names engine objects: each is routed to `ctx:box` with plain keys. */
const ROUTED: readonly { channel: Channel; req: Record<string, unknown>; plain: Record<string, unknown> }[] =
  [
    { channel: 'images.inspect', req: { ref: 'app:1' }, plain: {} },
    { channel: 'images.history', req: { ref: 'app:1' }, plain: {} },
    { channel: 'images.remove', req: { ids: [`sha256:${ID}`, ID.slice(0, 12)] }, plain: { force: false } },
    { channel: 'images.untag', req: { references: ['app:1', `app@sha256:${ID}`] }, plain: {} },
    { channel: 'images.tag', req: { source: 'app:1' }, plain: { target: 'app:2' } },
    { channel: 'images.push', req: { reference: 'reg.example/app:1' }, plain: {} },
    { channel: 'volumes.inspect', req: { name: 'data' }, plain: {} },
    { channel: 'volumes.remove', req: { name: 'data' }, plain: {} },
    { channel: 'volumes.browse', req: { name: 'data' }, plain: { path: '/' } },
    { channel: 'volumes.preview', req: { name: 'data' }, plain: { path: '/a' } },
    { channel: 'volumes.download', req: { name: 'data' }, plain: { path: '/a', format: 'raw' } },
    { channel: 'volumes.export', req: { name: 'data' }, plain: {} },
    { channel: 'networks.inspect', req: { ref: 'net-a' }, plain: {} },
    { channel: 'networks.remove', req: { ref: 'net-a' }, plain: {} },
    { channel: 'networks.connect', req: { network: 'net-a', container: 'web-1' }, plain: {} },
    {
      channel: 'networks.disconnect',
      req: { network: 'net-a', container: 'web-1' },
      plain: { force: false },
    },
    { channel: 'compose.projectAction', req: { project: 'shop' }, plain: { action: 'stop' } },
    { channel: 'compose.projectRemove', req: { project: 'shop' }, plain: { volumes: true, force: false } },
  ];

const qualifyAll = (fields: Record<string, unknown>, engine: string): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map((x: string) => qualify(engine, x)) : qualify(engine, v as string),
    ]),
  );

describe('routing per channel', () => {
  it.each(ROUTED)('$channel goes to the engine its keys name, with keys its contract accepts', (c) => {
    const schema = invokes[c.channel].request;
    const routed = routeRequest(c.channel, { ...qualifyAll(c.req, 'ctx:box'), ...c.plain });
    expect(routed).toEqual({ ok: true, req: { ...c.req, ...c.plain, engine: 'ctx:box' } });
    expect(routed.ok && schema.safeParse(routed.req).success).toBe(true);
    // Written plainly, the same request still means the launch engine, untouched.
    const plain = { ...c.req, ...c.plain };
    expect(routeRequest(c.channel, plain)).toEqual({ ok: true, req: plain });
  });

  it('covers every field it routes for these channels', () => {
    for (const c of ROUTED) expect([...routedFields(c.channel)].sort()).toEqual(Object.keys(c.req).sort());
  });

  it('never reads a new name or a tag target as a key', () => {
    const tag = routeRequest('images.tag', {
      source: qualify('ctx:box', 'app:1'),
      target: 'app@default',
    });
    expect(tag).toEqual({ ok: true, req: { source: 'app:1', target: 'app@default', engine: 'ctx:box' } });
    const create = { name: 'data', driver: 'local', driverOpts: {}, labels: {} };
    expect(routeRequest('volumes.create', create)).toEqual({
      ok: true,
      req: create,
    });
  });

  it('refuses one request naming objects of two engines (a network here, a container there)', () => {
    const routed = routeRequest('networks.connect', {
      network: qualify('default', 'net-a'),
      container: qualify('ctx:box', 'web-1'),
    });
    expect(routed.ok ? null : routed.error.code).toBe('VALIDATION');
    const images = routeRequest('images.remove', {
      ids: [qualify('default', ID), qualify('ctx:box', ID)],
      force: false,
    });
    expect(images.ok).toBe(false);
  });
});
