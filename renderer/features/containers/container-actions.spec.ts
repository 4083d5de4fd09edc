import { describe, expect, it } from 'vitest';
import {
  actionApplies,
  chunk,
  rowActions,
  summarizeFailures,
  summarizeRejection,
} from './container-actions.js';
import { container } from './test-containers.js';

describe('rowActions', () => {
  it('offers what makes sense for the state', () => {
    expect(rowActions('running')).toEqual(['stop', 'pause', 'restart', 'remove']);
    expect(rowActions('paused')).toEqual(['stop', 'unpause', 'restart', 'remove']);
    expect(rowActions('exited')).toEqual(['start', 'remove']);
    expect(rowActions('created')).toEqual(['start', 'remove']);
    expect(rowActions('restarting')).toEqual(['stop', 'restart', 'remove']);
    expect(rowActions('removing')).toEqual([]);
  });
});

describe('actionApplies', () => {
  it('never pauses what is not running nor unpauses what is not paused', () => {
    expect(actionApplies('pause', 'exited')).toBe(false);
    expect(actionApplies('unpause', 'running')).toBe(false);
    expect(actionApplies('kill', 'paused')).toBe(true);
  });
});

describe('chunk', () => {
  it('splits into pieces of at most the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });
});

describe('summarizeFailures', () => {
  const web = container({ id: 'a1', name: 'web-1' });
  const db = container({ id: 'b2', name: 'db-1' });

  it('is null when everything went through', () => {
    expect(summarizeFailures('stop', [web], [{ ref: 'a1', ok: true }])).toBeNull();
  });

  it('names the one container that failed and the engine message', () => {
    const summary = summarizeFailures(
      'pause',
      [web, db],
      [
        { ref: 'a1', ok: false, error: { code: 'CONFLICT', message: 'container is not running' } },
        { ref: 'b2', ok: true },
      ],
    );
    expect(summary).toEqual({ title: 'Could not pause web-1', details: ['container is not running'] });
  });

  it('counts several failures', () => {
    const summary = summarizeFailures(
      'remove',
      [web, db],
      [
        { ref: 'a1', ok: false, error: { code: 'CONFLICT', message: 'x' } },
        { ref: 'b2', ok: false, error: { code: 'CONFLICT', message: 'y' } },
      ],
    );
    expect(summary?.title).toBe('Could not remove 2 of 2 containers');
    expect(summary?.details).toEqual(['web-1: x', 'db-1: y']);
  });

  it('summarizes a whole-call rejection', () => {
    expect(summarizeRejection('start', [web], 'The engine is connecting.')).toEqual({
      title: 'Could not start web-1',
      details: ['The engine is connecting.'],
    });
  });
});
