import { describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../../shared/contract/engine.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { BerthError } from '../errors/berth-error.js';
import { EngineLists } from './engine-lists.js';
import { taskEngine, withEngineLabel, withoutEngine } from './engine-route.js';
import type { EngineScope, EngineSet } from './engine-set.js';

const connected: EngineStatus = {
  state: 'connected',
  endpoint: { url: 'unix:///x.sock', source: 'default' },
  version: { engine: '20.10', api: '1.41', os: 'linux', arch: 'amd64' },
};
const down: EngineStatus = {
  state: 'unreachable',
  endpoint: null,
  code: 'ENGINE_UNREACHABLE',
  reason: 'Engine not reachable at unix:///y.sock',
  nextAttemptAt: null,
  attempt: 1,
};

/** Just what EngineLists reads of a scope: its id, label and connection status. */
const fakeScope = (id: string, status: { current: EngineStatus }): EngineScope =>
  ({
    id,
    label: id,
    connection: {
      get status() {
        return status.current;
      },
    },
  }) as unknown as EngineScope;

describe('EngineLists', () => {
  it('reads connected engines live, keeps a down engine as last-known without asking it, and says why', async () => {
    const a: { current: EngineStatus } = { current: connected };
    const b: { current: EngineStatus } = { current: connected };
    const scopes = [fakeScope('default', a), fakeScope('ctx:pod', b)];
    const set = { inUse: () => scopes } as unknown as EngineSet;
    let now = 1_000;
    const lists = new EngineLists(set, () => now);
    const asked: string[] = [];
    const read = (scope: EngineScope): string[] => {
      asked.push(scope.id);
      return [`${scope.id}-row`];
    };
    expect((await lists.read('volumes', read)).slices).toEqual([
      { engine: 'default', label: 'default', state: 'live', at: 1_000, reason: null, data: ['default-row'] },
      { engine: 'ctx:pod', label: 'ctx:pod', state: 'live', at: 1_000, reason: null, data: ['ctx:pod-row'] },
    ]);
    b.current = down;
    now = 2_000;
    asked.length = 0;
    const later = await lists.read('volumes', read);
    expect(asked).toEqual(['default']);
    expect(later.slices[0]).toMatchObject({ state: 'live', at: 2_000 });
    expect(later.slices[1]).toEqual({
      engine: 'ctx:pod',
      label: 'ctx:pod',
      state: 'last-known',
      at: 1_000,
      reason: 'Engine not reachable at unix:///y.sock',
      data: ['ctx:pod-row'],
    });
    // Another kind was never read from the down engine: nothing to show but the reason.
    expect((await lists.read('networks', read)).slices[1]).toMatchObject({
      state: 'unavailable',
      at: null,
      data: null,
    });
  });

  it('turns a failed read of a connected engine into its last-known rows with the failure as the reason', async () => {
    const status = { current: connected };
    // The set hands out the same scope object each time (last reads are kept per scope).
    const scope = fakeScope('default', status);
    const set = { inUse: () => [scope] } as unknown as EngineSet;
    const lists = new EngineLists(set, () => 5);
    await lists.read('images', () => ['kept']);
    const failed = await lists.read('images', () => Promise.reject(new Error('socket hang up')));
    expect(failed.slices[0]).toMatchObject({ state: 'last-known', reason: 'socket hang up', data: ['kept'] });
  });

  it("keeps the key of a reason Berth worded, for the reader's language", async () => {
    const where = 'unix:///y.sock (from DOCKER_HOST)';
    const refused = worded('engineNotReachableECONNREFUSED', { where });
    const status = {
      current: { ...down, reason: refused.message, reasonText: refused.text } as EngineStatus,
    };
    const lists = new EngineLists({ inUse: () => [fakeScope('ctx:y', status)] } as unknown as EngineSet);
    expect((await lists.read('images', () => [])).slices[0]).toMatchObject({
      state: 'unavailable',
      reason: refused.message,
      reasonText: { key: 'engineNotReachableECONNREFUSED', params: { where } },
    });
    status.current = connected;
    const timedOut = await lists.read('images', () =>
      Promise.reject(new BerthError('TIMEOUT', worded('engineNoAnswerWithin', { seconds: 5 }))),
    );
    expect(timedOut.slices[0]).toMatchObject({
      reason: 'The engine is not responding (no answer within 5 s).',
      reasonText: { key: 'engineNoAnswerWithin' },
    });
  });
});

describe('engine routing helpers', () => {
  const scope = { id: 'ctx:build', label: 'build' } as unknown as EngineScope;
  it('names the engine on a task only when the request named one', () => {
    expect(taskEngine(scope, { engine: 'ctx:build' })).toEqual({ id: 'ctx:build', label: 'build' });
    expect(taskEngine(scope, {})).toBeUndefined();
    expect(withEngineLabel('Pull nginx:1', { id: 'ctx:build', label: 'build' })).toBe(
      'Pull nginx:1 (on build)',
    );
    expect(withEngineLabel('Pull nginx:1', undefined)).toBe('Pull nginx:1');
  });
  it('strips the engine before a request is passed on whole', () => {
    expect(withoutEngine({ engine: 'default', name: 'v' })).toEqual({ name: 'v' });
  });
});
