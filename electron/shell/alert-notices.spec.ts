import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/alerts/alert-types.js';
import { createAlertNotices } from './alert-notices.js';

const alert = (id: string, total = 1): Alert => ({
  id,
  at: 1000,
  updatedAt: 1000,
  project: null,
  total,
  items: [{ id: `c-${id}`, name: `c-${id}`, project: null, kind: 'exit', exitCode: 1, at: 1000 }],
});

const setup = (focused: boolean) => {
  const shown: { alert: Alert; click: () => void }[] = [];
  const opened: string[] = [];
  let redraws = 0;
  const notices = createAlertNotices({
    notifier: { show: (a, click) => shown.push({ alert: a, click }) },
    windowFocused: () => focused,
    onOpen: (a) => opened.push(a.id),
    onRecent: () => redraws++,
    keep: 2,
  });
  return { notices, shown, opened, redraws: () => redraws };
};

describe('desktop alert notices', () => {
  it('notifies while the window is not in front, and a click opens that alert', () => {
    const { notices, shown, opened } = setup(false);
    notices.raised(alert('a'));
    expect(shown.map((s) => s.alert.id)).toEqual(['a']);
    shown[0]?.click();
    expect(opened).toEqual(['a']);
  });

  it('leaves it to the window’s toast while the window is in front', () => {
    const { notices, shown } = setup(true);
    notices.raised(alert('a'));
    expect(shown).toEqual([]);
  });

  it('keeps the last few for the tray, a grown alert in place, and asks for a redraw', () => {
    const { notices, redraws } = setup(true);
    notices.raised(alert('a'));
    notices.raised(alert('b'));
    notices.raised(alert('a', 7));
    notices.raised(alert('c'));
    expect(notices.recent().map((a) => [a.id, a.total])).toEqual([
      ['c', 1],
      ['a', 7],
    ]);
    expect(redraws()).toBe(4);
  });
});
