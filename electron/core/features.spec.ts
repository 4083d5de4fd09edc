import { describe, expect, it } from 'vitest';
import { events, features, invokes, streams } from '../../shared/contract/channels.js';
import type { CoreDeps } from './core-deps.js';
import { createHandlers, featureHandlers, type HandlerTable } from './features.js';
import type { FeatureHandlers } from './rpc/router.js';

const never = (): Promise<never> => Promise.reject(new Error('not called'));

describe('the feature registry', () => {
  it('lists the same features in the contract and in the backend', () => {
    expect(Object.keys(featureHandlers)).toEqual(Object.keys(features));
  });

  it('derives every channel map from the one list of features', () => {
    const declared = (group: 'invokes' | 'events' | 'streams'): string[] =>
      Object.values(features).flatMap((f) => Object.keys(f[group]));
    expect(Object.keys(invokes)).toEqual(declared('invokes'));
    expect(Object.keys(events)).toEqual(declared('events'));
    expect(Object.keys(streams)).toEqual(declared('streams'));
  });

  it('gives the router a handler for every channel, built from the table', () => {
    const built: string[] = [];
    const table = Object.fromEntries(
      Object.keys(features).map((name) => [
        name,
        () => {
          built.push(name);
          const f = features[name as keyof typeof features];
          const handle = Object.fromEntries(Object.keys(f.invokes).map((c) => [c, never]));
          const open = Object.fromEntries(Object.keys(f.streams).map((c) => [c, never]));
          return { invokes: handle, streams: open };
        },
      ]),
    ) as unknown as HandlerTable;
    const handlers = createHandlers({} as CoreDeps, table);
    expect(built).toEqual(Object.keys(features));
    expect(Object.keys(handlers.invokes).sort()).toEqual(Object.keys(invokes).sort());
    expect(Object.keys(handlers.streams).sort()).toEqual(Object.keys(streams).sort());
  });

  it('does not compile a feature group that leaves a channel without a handler', () => {
    const incomplete: FeatureHandlers<'system'> = {
      // @ts-expect-error 'system.pruneApply' (and others) have no handler
      invokes: { 'system.info': never },
      streams: {},
    };
    expect(Object.keys(incomplete.invokes)).toEqual(['system.info']);
  });

  it('does not compile a handler table that leaves a feature out', () => {
    const { system: _left, ...rest } = featureHandlers;
    // @ts-expect-error the system feature has no handlers
    const table: HandlerTable = rest;
    expect(Object.keys(table)).not.toContain('system');
  });
});
