import { describe, expect, it } from 'vitest';
import type { ContainerSummary, ContainersChanged } from '../../../shared/contract/containers.js';
import { mergeChanges } from './merge-changes.js';

const c = (id: string, state: string): ContainerSummary => ({ id, state }) as unknown as ContainerSummary;
const delta = (upserts: ContainerSummary[], removed: string[] = []): ContainersChanged => ({
  reset: false,
  upserts,
  removed,
});
const shown = (change: ContainersChanged | undefined) => ({
  reset: change?.reset,
  upserts: change?.upserts.map((u) => `${u.id}:${u.state}`).sort(),
  removed: [...(change?.removed ?? [])].sort(),
});

describe('mergeChanges', () => {
  it('keeps the last word on each container', () => {
    const merged = mergeChanges([
      delta([c('a', 'running'), c('b', 'running')]),
      delta([c('a', 'exited')]),
      delta([], ['b']),
      delta([c('c', 'exited')]),
    ]);
    expect(shown(merged)).toEqual({ reset: false, upserts: ['a:exited', 'c:exited'], removed: ['b'] });
  });

  it('starts over at a reset, and gives one change back as it is', () => {
    const merged = mergeChanges([
      delta([c('a', 'exited')], ['x']),
      { reset: true, upserts: [c('b', 'running')], removed: [] },
      delta([c('b', 'exited')]),
    ]);
    expect(shown(merged)).toEqual({ reset: true, upserts: ['b:exited'], removed: [] });
    const one = delta([c('a', 'exited')]);
    expect(mergeChanges([one])).toBe(one);
    expect(mergeChanges([])).toBeUndefined();
  });
});
