import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { hasProblem } from './problem-filter.js';
import { filterProblems } from './problems-store.js';

const container = (id: string, over: Partial<ContainerSummary> = {}): ContainerSummary => ({
  id,
  name: id,
  image: 'busybox',
  command: '',
  state: 'running',
  status: 'Up 1 minute',
  created: 0,
  ports: [],
  labels: {},
  project: null,
  service: null,
  ...over,
});

const list = [
  container('well', { health: 'healthy' }),
  container('sick', { health: 'unhealthy' }),
  container('starting', { health: 'starting' }),
  container('crashed', { state: 'exited', exitCode: 3 }),
  container('done', { state: 'exited', exitCode: 0 }),
  container('oom', { state: 'exited', exitCode: 137, oomKilled: true }),
  container('looping', { state: 'restarting', restartCount: 4 }),
  container('never-started', { state: 'created' }),
];
const byId = new Map(list.map((c) => [c.id, c]));

describe('the Problems filter', () => {
  it('keeps unhealthy, exited non-zero, OOM killed and restarting containers, and nothing else', () => {
    expect([...filterProblems(byId, true).keys()]).toEqual(['sick', 'crashed', 'oom', 'looping']);
    expect(list.filter(hasProblem).map((c) => c.id)).toEqual(['sick', 'crashed', 'oom', 'looping']);
  });

  it('hands the same map back while it is off, so the list is not rebuilt for it', () => {
    expect(filterProblems(byId, false)).toBe(byId);
  });
});
