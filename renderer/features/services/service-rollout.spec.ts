import { describe, expect, it } from 'vitest';
import type { ServiceTask } from '../../../shared/swarm/swarm-types.js';
import { rolloutCounts } from './service-rollout.js';

const task = (
  slot: number,
  desiredState: string,
  state: string,
  onCurrentSpec: boolean | null,
): ServiceTask => ({
  id: `t${slot}${desiredState}${state}`,
  slot,
  nodeId: 'n',
  nodeName: 'vm',
  desiredState,
  state,
  message: '',
  error: null,
  exitCode: null,
  containerId: null,
  image: 'img',
  updatedAt: '',
  ports: [],
  onCurrentSpec,
});

describe('rolloutCounts', () => {
  it('counts only the tasks meant to run: on the new spec, and running on it', () => {
    expect(
      rolloutCounts([
        task(1, 'running', 'running', true),
        task(2, 'running', 'preparing', true),
        task(3, 'running', 'running', false),
        // Replaced tasks of the old spec are history, not progress.
        task(1, 'shutdown', 'shutdown', false),
        task(2, 'shutdown', 'shutdown', false),
      ]),
    ).toEqual({ updated: 2, total: 3, running: 1 });
    expect(rolloutCounts([task(1, 'running', 'running', null)])).toEqual({
      updated: 0,
      total: 1,
      running: 0,
    });
  });
});
