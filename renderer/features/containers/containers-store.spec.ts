import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyContainersChanged,
  resetContainersStore,
  setManySelected,
  setSelected,
  toggleCollapsed,
  useContainersStore,
} from './containers-store.js';
import { container } from './test-containers.js';

describe('containers store', () => {
  beforeEach(resetContainersStore);

  it('a reset replaces the whole list', () => {
    applyContainersChanged({
      reset: true,
      upserts: [container({ id: 'a' }), container({ id: 'b' })],
      removed: [],
    });
    applyContainersChanged({ reset: true, upserts: [container({ id: 'c' })], removed: [] });
    expect([...useContainersStore.getState().byId.keys()]).toEqual(['c']);
  });

  it('applies upserts and removals into a new Map', () => {
    applyContainersChanged({
      reset: true,
      upserts: [container({ id: 'a' }), container({ id: 'b' })],
      removed: [],
    });
    const before = useContainersStore.getState().byId;
    applyContainersChanged({
      reset: false,
      upserts: [container({ id: 'a', state: 'exited' }), container({ id: 'c' })],
      removed: ['b'],
    });
    const after = useContainersStore.getState().byId;
    expect(after).not.toBe(before);
    expect(before.size).toBe(2);
    expect([...after.keys()].sort()).toEqual(['a', 'c']);
    expect(after.get('a')?.state).toBe('exited');
  });

  it('drops removed containers from the selection, keeps the set when nothing changed', () => {
    applyContainersChanged({
      reset: true,
      upserts: [container({ id: 'a' }), container({ id: 'b' })],
      removed: [],
    });
    setManySelected(['a', 'b'], true);
    const selected = useContainersStore.getState().selected;
    applyContainersChanged({
      reset: false,
      upserts: [container({ id: 'a', status: 'Up 2 minutes' })],
      removed: [],
    });
    expect(useContainersStore.getState().selected).toBe(selected);
    applyContainersChanged({ reset: false, upserts: [], removed: ['b'] });
    expect([...useContainersStore.getState().selected]).toEqual(['a']);
  });

  it('selection and collapse toggle without touching unrelated state', () => {
    setSelected('a', true);
    setSelected('a', true);
    expect([...useContainersStore.getState().selected]).toEqual(['a']);
    setSelected('a', false);
    expect(useContainersStore.getState().selected.size).toBe(0);
    toggleCollapsed('shop');
    expect(useContainersStore.getState().collapsed.has('shop')).toBe(true);
    toggleCollapsed('shop');
    expect(useContainersStore.getState().collapsed.has('shop')).toBe(false);
  });
});
