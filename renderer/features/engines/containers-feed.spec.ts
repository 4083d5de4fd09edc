import { beforeEach, describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { qualify } from '../../lib/engine-routing.js';
import { resetContainersStore, useContainersStore } from '../containers/containers-store.js';
import {
  applyEngineContainers,
  applyPrimaryContainers,
  forgetEngine,
  resetContainersFeed,
  showEngines,
} from './containers-feed.js';

const container = (id: string, name: string): ContainerSummary =>
  ({
    id,
    name,
    image: 'busybox',
    state: 'running',
    status: 'Up',
    ports: [],
    labels: {},
    project: null,
    created: 0,
  }) as unknown as ContainerSummary;

const keys = (): string[] => [...useContainersStore.getState().byId.keys()].sort();

describe('the merged containers feed', () => {
  beforeEach(() => {
    resetContainersFeed();
    resetContainersStore();
  });

  it('shows every visible engine’s rows, keyed by engine, and the same id on two engines twice', () => {
    applyEngineContainers({
      engine: 'default',
      change: { reset: true, upserts: [container('x', 'a')], removed: [] },
    });
    applyEngineContainers({
      engine: 'ctx:b',
      change: { reset: true, upserts: [container('x', 'a')], removed: [] },
    });
    showEngines(['default', 'ctx:b']);
    expect(keys()).toEqual([qualify('ctx:b', 'x'), qualify('default', 'x')].sort());
  });

  it('a reset of one engine keeps the other engine’s rows', () => {
    showEngines(['default', 'ctx:b']);
    applyEngineContainers({
      engine: 'default',
      change: { reset: true, upserts: [container('a1', 'a')], removed: [] },
    });
    applyEngineContainers({
      engine: 'ctx:b',
      change: { reset: true, upserts: [container('b1', 'b')], removed: [] },
    });
    applyEngineContainers({
      engine: 'ctx:b',
      change: { reset: true, upserts: [container('b2', 'c')], removed: [] },
    });
    expect(keys()).toEqual([qualify('ctx:b', 'b2'), qualify('default', 'a1')].sort());
  });

  it('the Engine filter narrows to one engine, and an engine that leaves takes its rows', () => {
    applyEngineContainers({
      engine: 'default',
      change: { reset: true, upserts: [container('a1', 'a')], removed: [] },
    });
    applyEngineContainers({
      engine: 'ctx:b',
      change: { reset: true, upserts: [container('b1', 'b')], removed: [] },
    });
    showEngines(['ctx:b']);
    expect(keys()).toEqual([qualify('ctx:b', 'b1')]);
    showEngines(['default', 'ctx:b']);
    forgetEngine('ctx:b');
    expect(keys()).toEqual([qualify('default', 'a1')]);
  });

  it('the launch engine’s own pushes reach the list only while it shows the CLI’s engine', () => {
    applyPrimaryContainers({ reset: true, upserts: [container('p', 'p')], removed: [] });
    expect(keys()).toEqual(['p']);
    showEngines([]);
    applyPrimaryContainers({ reset: false, upserts: [container('q', 'q')], removed: [] });
    expect(keys()).toEqual([]);
  });

  it('the CLI engine’s rows stand in for its own list until that arrives, then give way to it', () => {
    applyPrimaryContainers({
      reset: true,
      upserts: [container('p', 'p'), container('gone', 'g')],
      removed: [],
    });
    showEngines(['default', 'ctx:b'], 'default');
    expect(keys()).toEqual([qualify('default', 'gone'), qualify('default', 'p')].sort());
    applyEngineContainers({
      engine: 'ctx:b',
      change: { reset: true, upserts: [container('b1', 'b')], removed: [] },
    });
    applyEngineContainers({
      engine: 'default',
      change: { reset: true, upserts: [container('p', 'p')], removed: [] },
    });
    expect(keys()).toEqual([qualify('ctx:b', 'b1'), qualify('default', 'p')].sort());
  });
});
