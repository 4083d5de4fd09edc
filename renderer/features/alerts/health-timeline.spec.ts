import { describe, expect, it } from 'vitest';
import type { HealthProbe } from '../../../shared/alerts/health-types.js';
import { mergeProbes, recordChange, refreshEveryMs } from './health-timeline.js';

const probe = (start: number, exitCode = 0): HealthProbe => ({
  start,
  end: start + 10,
  exitCode,
  output: `probe at ${start}`,
});

describe('the health timeline', () => {
  it('keeps probes past the engine’s five, newest first, once each, bounded', () => {
    let kept: HealthProbe[] = [];
    // The engine's window of five slides by one probe per answer.
    for (let last = 5; last <= 12; last++)
      kept = mergeProbes(
        kept,
        [1, 2, 3, 4, 5].map((k) => probe(last - 5 + k)),
        10,
      );
    expect(kept.map((p) => p.start)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });

  it('records a state change only when the state changes', () => {
    let changes = recordChange([], 'starting', 1);
    changes = recordChange(changes, 'starting', 2);
    changes = recordChange(changes, 'healthy', 3);
    changes = recordChange(changes, 'unhealthy', 4);
    expect(changes).toEqual([
      { at: 4, status: 'unhealthy' },
      { at: 3, status: 'healthy' },
      { at: 1, status: 'starting' },
    ]);
  });

  it('asks at the check’s interval, never faster than a second nor slower than 30 s', () => {
    expect(refreshEveryMs(5_000)).toBe(5_000);
    expect(refreshEveryMs(100)).toBe(1_000);
    expect(refreshEveryMs(null)).toBe(30_000);
    expect(refreshEveryMs(3_600_000)).toBe(30_000);
  });
});
