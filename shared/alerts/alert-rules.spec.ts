import { describe, expect, it } from 'vitest';
import { AlertRules, type ContainerSignal } from './alert-rules.js';
import type { AlertSubject } from './alert-types.js';

const web: AlertSubject = { id: 'a1', name: 'web', project: 'shop' };
const rules = (loopRestarts = 3, loopMinutes = 5) => new AlertRules(() => ({ loopRestarts, loopMinutes }));
const die = (
  exitCode: number | null,
  extra: Partial<Extract<ContainerSignal, { kind: 'die' }>> = {},
): ContainerSignal => ({
  kind: 'die',
  exitCode,
  oomKilled: false,
  willRestart: false,
  ...extra,
});

describe('AlertRules', () => {
  it('raises one alert naming a non-zero exit code, none for exit 0', () => {
    const r = rules();
    expect(r.apply(web, die(3), 1000)).toEqual({ ...web, kind: 'exit', exitCode: 3, at: 1000 });
    expect(r.apply(web, { kind: 'start' }, 2000)).toBeNull();
    expect(r.apply(web, die(0), 3000)).toBeNull();
  });

  it('does not call a death after a stop signal (docker stop, kill, rm -f) a crash', () => {
    const r = rules();
    expect(r.apply(web, { kind: 'kill', signal: 'SIGTERM' }, 0)).toBeNull();
    expect(r.apply(web, { kind: 'kill', signal: '9' }, 10_000)).toBeNull();
    expect(r.apply(web, die(137), 10_050)).toBeNull();
    expect(r.apply(web, { kind: 'stop' }, 10_060)).toBeNull();
    // After a start, the old request no longer covers a real crash.
    r.apply(web, { kind: 'start' }, 20_000);
    expect(r.apply(web, die(1), 21_000)?.kind).toBe('exit');
  });

  it('a signal that is not a stop request does not hide the crash that follows', () => {
    const r = rules();
    r.apply(web, { kind: 'kill', signal: 'SIGHUP' }, 0);
    expect(r.apply(web, die(129), 100)?.exitCode).toBe(129);
  });

  it('a stop request expires: a crash minutes later is still reported', () => {
    const r = rules();
    r.apply(web, { kind: 'kill', signal: 'SIGTERM' }, 0);
    expect(r.apply(web, die(2), 6 * 60_000)?.kind).toBe('exit');
  });

  it('raises one restart-loop alert at the Nth restart within M minutes, not one per restart', () => {
    const r = rules(3, 5);
    const raised = [];
    for (let i = 0; i < 10; i++) {
      const item = r.apply(web, die(1, { willRestart: true }), i * 1000);
      if (item) raised.push(item);
      r.apply(web, { kind: 'start' }, i * 1000 + 100);
    }
    expect(raised).toEqual([{ ...web, kind: 'restart-loop', exitCode: 1, at: 2000 }]);
  });

  it('restarts spread wider than the window are no loop; a new loop after a quiet window alerts again', () => {
    const r = rules(3, 1);
    expect(r.apply(web, die(1, { willRestart: true }), 0)).toBeNull();
    expect(r.apply(web, die(1, { willRestart: true }), 40_000)).toBeNull();
    expect(r.apply(web, die(1, { willRestart: true }), 100_000)).toBeNull();
    expect(r.apply(web, die(1, { willRestart: true }), 110_000)).toBeNull();
    expect(r.apply(web, die(1, { willRestart: true }), 120_000)?.kind).toBe('restart-loop');
    expect(r.apply(web, die(1, { willRestart: true }), 125_000)).toBeNull();
    // Quiet for longer than the window: the loop is over; the next one is news.
    for (const t of [300_000, 301_000]) expect(r.apply(web, die(1, { willRestart: true }), t)).toBeNull();
    expect(r.apply(web, die(1, { willRestart: true }), 302_000)?.kind).toBe('restart-loop');
  });

  it('reports an OOM kill from the oom event or from inspect, even after a stop request', () => {
    const r = rules();
    r.apply(web, { kind: 'oom' }, 0);
    expect(r.apply(web, die(137), 50)).toMatchObject({ kind: 'oom', exitCode: 137 });
    r.apply(web, { kind: 'kill', signal: 'SIGTERM' }, 100);
    expect(r.apply(web, die(137, { oomKilled: true }), 200)?.kind).toBe('oom');
    // An old oom event does not make a later, unrelated death an OOM kill.
    r.apply(web, { kind: 'oom' }, 1000);
    expect(r.apply(web, die(1), 60_000)?.kind).toBe('exit');
  });

  it('turning unhealthy alerts once per transition', () => {
    const r = rules();
    expect(r.apply(web, { kind: 'health', status: 'starting' }, 0)).toBeNull();
    expect(r.apply(web, { kind: 'health', status: 'healthy' }, 1)).toBeNull();
    expect(r.apply(web, { kind: 'health', status: 'unhealthy' }, 2)?.kind).toBe('unhealthy');
    expect(r.apply(web, { kind: 'health', status: 'unhealthy' }, 3)).toBeNull();
    r.apply(web, { kind: 'health', status: 'healthy' }, 4);
    expect(r.apply(web, { kind: 'health', status: 'unhealthy' }, 5)?.kind).toBe('unhealthy');
  });

  it('forgets a destroyed container', () => {
    const r = rules(2, 5);
    r.apply(web, die(1, { willRestart: true }), 0);
    r.apply(web, { kind: 'destroy' }, 1);
    expect(r.apply(web, die(1, { willRestart: true }), 2)).toBeNull();
  });
});
