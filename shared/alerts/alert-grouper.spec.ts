import { describe, expect, it } from 'vitest';
import { AlertGrouper, upsertHistory } from './alert-grouper.js';
import type { AlertItem } from './alert-types.js';

const item = (
  id: string,
  at: number,
  project: string | null = null,
  kind: AlertItem['kind'] = 'exit',
): AlertItem => ({
  id,
  name: `c-${id}`,
  project,
  kind,
  exitCode: 1,
  at,
});

const ids = () => {
  let n = 0;
  return () => `alert-${++n}`;
};

describe('AlertGrouper', () => {
  it('groups a burst of 50 deaths into one alert that counts them all', () => {
    const g = new AlertGrouper(ids(), 2000);
    const raised = new Set<string>();
    let last;
    for (let i = 0; i < 50; i++) {
      last = g.add(item(String(i), 1000 + i * 10));
      raised.add(last.id);
    }
    expect(raised.size).toBe(1);
    expect(last?.total).toBe(50);
    expect(last?.items).toHaveLength(50);
  });

  it('a burst spread by a loaded engine stays one alert while each death follows closely; it stops growing after 30 s', () => {
    const g = new AlertGrouper(ids(), 2000);
    const raised = new Set<string>();
    for (let i = 0; i < 50; i++) raised.add(g.add(item(String(i), i * 500)).id);
    expect(raised.size).toBe(1);
    // After a quiet minute, a steady trickle 1.5 s apart: one alert per 30 s of it.
    for (let i = 50; i < 80; i++) raised.add(g.add(item(String(i), i * 1500)).id);
    expect(raised.size).toBe(3);
  });

  it('deaths reported out of order (a loaded engine) still join, and the alert starts at the earliest', () => {
    const g = new AlertGrouper(ids(), 2000);
    const raised = new Set<string>();
    // The real exit times of one burst, in the order a loaded engine happened to report them.
    const times = [1400, 1000, 1790, 1010, 1200, 1650, 1005];
    let last;
    for (const [i, at] of times.entries()) {
      last = g.add(item(String(i), at));
      raised.add(last.id);
    }
    expect(raised.size).toBe(1);
    expect(last).toMatchObject({ at: 1000, updatedAt: 1790, total: times.length });
    // Before the window on the early side: a death of its own.
    expect(g.add(item('early', 1000 - 2001)).id).not.toBe(last?.id);
  });

  it('counts each container once even past the items it carries', () => {
    const g = new AlertGrouper(ids(), 2000);
    for (let i = 0; i < 200; i++) g.add(item(String(i), i));
    // The 150th escalates (exit, then its restart loop): still 200 containers.
    const last = g.add(item('150', 300, null, 'restart-loop'));
    expect(last.total).toBe(200);
    expect(last.items).toHaveLength(50);
  });

  it('caps the items it carries but keeps counting', () => {
    const g = new AlertGrouper(ids(), 2000);
    let last;
    for (let i = 0; i < 200; i++) last = g.add(item(String(i), i));
    expect(last?.total).toBe(200);
    expect(last?.items).toHaveLength(50);
  });

  it('opens a new alert after the window, and names the project only when all items share it', () => {
    const g = new AlertGrouper(ids(), 2000);
    expect(g.add(item('a', 0, 'shop')).project).toBe('shop');
    expect(g.add(item('b', 10, 'shop')).project).toBe('shop');
    const mixed = g.add(item('c', 20, 'blog'));
    expect(mixed.project).toBeNull();
    const next = g.add(item('d', 5000, 'blog'));
    expect(next.id).not.toBe(mixed.id);
    expect(next.project).toBe('blog');
  });

  it('one container escalating within the window stays one item', () => {
    const g = new AlertGrouper(ids(), 2000);
    g.add(item('a', 0, null, 'exit'));
    const alert = g.add(item('a', 100, null, 'restart-loop'));
    expect(alert.total).toBe(1);
    expect(alert.items.map((i) => i.kind)).toEqual(['restart-loop']);
  });
});

describe('upsertHistory', () => {
  it('keeps the newest first, one entry per id, bounded', () => {
    const g = new AlertGrouper(ids(), 0);
    let history = [] as ReturnType<typeof upsertHistory>;
    for (let i = 0; i < 5; i++) history = upsertHistory(history, g.add(item(String(i), i * 10)), 3);
    expect(history.map((a) => a.id)).toEqual(['alert-5', 'alert-4', 'alert-3']);
    const second = history[1];
    if (!second) throw new Error('history lost an alert');
    const grown = { ...second, total: 9 };
    history = upsertHistory(history, grown, 3);
    expect(history.map((a) => a.id)).toEqual(['alert-4', 'alert-5', 'alert-3']);
  });
});
