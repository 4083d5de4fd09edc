import { beforeEach, describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../../shared/contract/engine.js';
import { applyEngineStatus, resetEngineStore, useEngineStore } from './engine-store.js';

const endpoint = { url: 'unix:///var/run/docker.sock', source: 'default' } as const;
const connecting: EngineStatus = { state: 'connecting', endpoint, attempt: 2 };
const unreachable: EngineStatus = {
  state: 'unreachable',
  endpoint,
  code: 'ENGINE_UNREACHABLE',
  reason: 'no engine socket there',
  nextAttemptAt: 5_000,
  attempt: 1,
};
const connected: EngineStatus = {
  state: 'connected',
  endpoint,
  version: { engine: '28.0.0', api: '1.48', os: 'linux', arch: 'amd64' },
};

describe('engine store', () => {
  beforeEach(resetEngineStore);

  it('keeps the first failure through retries until the first connection', () => {
    applyEngineStatus(unreachable);
    applyEngineStatus(connecting);
    expect(useEngineStore.getState()).toMatchObject({ everConnected: false, firstFailure: unreachable });
    applyEngineStatus(connected);
    expect(useEngineStore.getState()).toMatchObject({ everConnected: true, firstFailure: null });
  });

  it('remembers having connected once the engine drops again', () => {
    applyEngineStatus(connected);
    applyEngineStatus(unreachable);
    expect(useEngineStore.getState()).toMatchObject({
      status: unreachable,
      everConnected: true,
      firstFailure: null,
    });
  });
});

describe('a page opened while the engine is not responding', () => {
  it('counts as connected before: the lists and the banner show, not the first-failure screen', () => {
    resetEngineStore();
    applyEngineStatus({
      state: 'not-responding',
      endpoint: { url: 'unix:///var/run/docker.sock', source: 'default' },
      version: { engine: '28.0.0', api: '1.48', os: 'linux', arch: 'amd64' },
      reason: 'The engine is not responding.',
      since: 0,
    });
    expect(useEngineStore.getState()).toMatchObject({ everConnected: true, firstFailure: null });
  });
});
