import { beforeEach, describe, expect, it } from 'vitest';
import type { ServiceSummary, SwarmState } from '../../../shared/swarm/swarm-types.js';
import type { Client } from '../../ipc/client.js';
import { RpcError } from '../../ipc/rpc-error.js';
import { applyServicesChanged, isManager, loadSwarmState, useSwarmStore } from './swarm-store.js';

const service = (id: string, running = 1): ServiceSummary => ({
  id,
  name: id,
  image: 'busybox',
  mode: 'replicated',
  running,
  desired: 1,
  ports: [],
  updateStatus: null,
  stack: null,
  createdAt: '',
  updatedAt: '',
  canRollback: false,
  labels: {},
});

const state = (isManager: boolean): SwarmState => ({
  state: isManager ? 'active' : 'inactive',
  isManager,
  nodeId: null,
  nodeAddr: null,
  clusterId: null,
  managers: isManager ? 1 : 0,
  nodes: isManager ? 1 : 0,
  error: null,
});

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(err: unknown): void;
}
const deferred = <T>(): Deferred<T> => {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

/** A client whose swarm.state and services.list answer when the test says, recording the order asked. */
const fakeClient = () => {
  const asked: string[] = [];
  const answers = { state: [] as Deferred<SwarmState>[], list: [] as Deferred<ServiceSummary[]>[] };
  const client = {
    invoke: (channel: string) => {
      asked.push(channel);
      const d = channel === 'swarm.state' ? deferred<SwarmState>() : deferred<ServiceSummary[]>();
      if (channel === 'swarm.state') answers.state.push(d as Deferred<SwarmState>);
      else answers.list.push(d as Deferred<ServiceSummary[]>);
      return d.promise;
    },
  } as unknown as Client;
  return { client, asked, answers };
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const shown = () => [...useSwarmStore.getState().services.values()].map((s) => `${s.id}:${s.running}`);

describe('the swarm store on a page load', () => {
  beforeEach(() => {
    useSwarmStore.setState({
      state: null,
      listed: false,
      services: new Map(),
      epoch: 0,
      taskEpochs: new Map(),
      problem: null,
    });
  });

  it('asks for the list with the state, and shows it before the state answers', async () => {
    const { client, asked, answers } = fakeClient();
    const done = loadSwarmState(client);
    expect(asked.sort()).toEqual(['services.list', 'swarm.state']);
    answers.list[0]?.resolve([service('a'), service('b')]);
    await flush();
    expect(isManager(useSwarmStore.getState())).toBe(true);
    expect(shown()).toEqual(['a:1', 'b:1']);
    answers.state[0]?.resolve(state(true));
    await done;
    expect(isManager(useSwarmStore.getState())).toBe(true);
    expect(shown()).toEqual(['a:1', 'b:1']);
  });

  it('replays deltas pushed while the list was in flight on its answer, instead of losing either', async () => {
    const { client, answers } = fakeClient();
    const done = loadSwarmState(client);
    applyServicesChanged({ upserted: [service('a', 0)], removed: [], tasksChanged: [], reset: false });
    answers.list[0]?.resolve([service('a', 0), service('b'), service('c')]);
    await flush();
    expect(shown()).toEqual(['a:0', 'b:1', 'c:1']);
    applyServicesChanged({ upserted: [], removed: ['c'], tasksChanged: [], reset: false });
    answers.state[0]?.resolve(state(true));
    await done;
    expect(shown()).toEqual(['a:0', 'b:1']);
  });

  it('a state that says "no manager" wins over a list that answered first, and one still in flight', async () => {
    const { client, answers } = fakeClient();
    const done = loadSwarmState(client);
    answers.state[0]?.resolve(state(false));
    await done;
    answers.list[0]?.resolve([service('a')]);
    await flush();
    expect(isManager(useSwarmStore.getState())).toBe(false);
    expect(shown()).toEqual([]);
    expect(useSwarmStore.getState().problem).toBeNull();
  });

  it('a list refused by a model that had not seen the swarm yet is asked again once the state says manager', async () => {
    const { client, asked, answers } = fakeClient();
    const done = loadSwarmState(client);
    answers.list[0]?.reject(new RpcError('UNSUPPORTED', 'not in a swarm'));
    await flush();
    expect(useSwarmStore.getState().problem).toBeNull();
    answers.state[0]?.resolve(state(true));
    await flush();
    expect(asked.filter((c) => c === 'services.list')).toHaveLength(2);
    answers.list[1]?.resolve([service('a')]);
    await done;
    expect(shown()).toEqual(['a:1']);
  });
});
