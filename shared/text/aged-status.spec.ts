import { describe, expect, it } from 'vitest';
import { agedStatus } from './aged-status.js';
import { humanDuration, parseHumanDuration } from './human-duration.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration (the docker CLI wording)', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [S, '1 second'],
    [59 * S, '59 seconds'],
    [M, 'About a minute'],
    [2 * M - 1, 'About a minute'],
    [10 * M, '10 minutes'],
    [59 * M + 59 * S, '59 minutes'],
    [H, 'About an hour'],
    [H + 29 * M, 'About an hour'],
    [H + 30 * M, '2 hours'],
    [47 * H + 29 * M, '47 hours'],
    [47 * H + 30 * M, '2 days'],
    [13 * D + 23 * H, '13 days'],
    [14 * D, '2 weeks'],
    [59 * D, '8 weeks'],
    [60 * D, '2 months'],
    [729 * D, '24 months'],
    [730 * D, '2 years'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('reads each phrase back as the shortest duration that prints it', () => {
    for (const ms of [0, S, 5 * S, M, 7 * M, H, 3 * H, 3 * D, 3 * 7 * D, 5 * 30 * D, 3 * 365 * D]) {
      const text = humanDuration(ms);
      const back = parseHumanDuration(text);
      expect(back).not.toBeNull();
      expect(humanDuration(back ?? -1)).toBe(text);
      expect(back).toBeLessThanOrEqual(ms);
      if (back !== null && back > 0) expect(humanDuration(back - 1)).not.toBe(text);
    }
    expect(parseHumanDuration('a while')).toBeNull();
  });
});

describe('agedStatus', () => {
  const at = 1_700_000_000_000;

  it('ages a running container from the moment its status was read', () => {
    expect(agedStatus('Up Less than a second', at, at)).toBe('Up Less than a second');
    expect(agedStatus('Up Less than a second', at, at + 10 * M)).toBe('Up 10 minutes');
    expect(agedStatus('Up 5 seconds', at, at + 55 * S)).toBe('Up About a minute');
    expect(agedStatus('Up 59 minutes', at, at + M)).toBe('Up About an hour');
  });

  it('keeps what follows the duration', () => {
    expect(agedStatus('Up 2 minutes (healthy)', at, at + 3 * M)).toBe('Up 5 minutes (healthy)');
    expect(agedStatus('Up 1 second (Paused)', at, at + 2 * H)).toBe('Up 2 hours (Paused)');
    expect(agedStatus('Up 3 seconds (health: starting)', at, at)).toBe('Up 3 seconds (health: starting)');
  });

  it('ages exited and restarting containers from when they stopped', () => {
    expect(agedStatus('Exited (0) Less than a second ago', at, at + 5 * M)).toBe('Exited (0) 5 minutes ago');
    expect(agedStatus('Exited (137) 2 hours ago', at, at + D)).toBe('Exited (137) 26 hours ago');
    expect(agedStatus('Restarting (1) 3 seconds ago', at, at + 2 * S)).toBe('Restarting (1) 5 seconds ago');
  });

  it('leaves statuses without a duration, unknown forms and unstamped rows alone', () => {
    for (const status of ['Created', 'Dead', 'Removal In Progress', '', 'Up for a while']) {
      expect(agedStatus(status, at, at + H)).toBe(status);
    }
    expect(agedStatus('Up 3 minutes', undefined, at)).toBe('Up 3 minutes');
  });

  it('never counts backwards when the clocks disagree', () => {
    expect(agedStatus('Up 3 minutes', at, at - H)).toBe('Up 3 minutes');
  });
});
