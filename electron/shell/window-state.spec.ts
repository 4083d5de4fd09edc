import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadWindowState,
  parseWindowState,
  restoreBounds,
  saveWindowState,
  trackWindowState,
  type DisplayArea,
  type Rect,
  type SavedWindowState,
  type TrackedWindow,
} from './window-state.js';

const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const external: DisplayArea = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };
const left: DisplayArea = { workArea: { x: -1920, y: 0, width: 1920, height: 1080 } };

const saved = (bounds: Rect, maximized = false): SavedWindowState => ({ bounds, maximized });

describe('restoreBounds', () => {
  it('opens at the defaults when nothing was saved', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ maximized: false });
  });

  it('keeps a saved rect that is on a display', () => {
    const state = saved({ x: 100, y: 100, width: 1200, height: 800 }, true);
    expect(restoreBounds(state, [laptop])).toEqual({ bounds: state.bounds, maximized: true });
  });

  it('keeps a rect on a secondary display, including one at negative coordinates', () => {
    const onExternal = saved({ x: 2000, y: 200, width: 1600, height: 1000 });
    expect(restoreBounds(onExternal, [laptop, external]).bounds).toEqual(onExternal.bounds);
    const onLeft = saved({ x: -1500, y: 100, width: 1200, height: 800 });
    expect(restoreBounds(onLeft, [laptop, left]).bounds).toEqual(onLeft.bounds);
  });

  it('ignores the position of a rect whose display is gone, keeps its size clamped to the primary display and centres it', () => {
    const onExternal = saved({ x: 2000, y: 200, width: 1600, height: 1000 }, true);
    expect(restoreBounds(onExternal, [laptop])).toEqual({
      bounds: { width: 1440, height: 875 },
      maximized: true,
    });
  });

  it('ignores a rect whose title bar is off every display, even if part of the window shows', () => {
    // Title bar above the top of the only screen: the window cannot be grabbed.
    const aboveTop = saved({ x: 100, y: -500, width: 1000, height: 800 });
    expect(restoreBounds(aboveTop, [laptop]).bounds).toEqual({ width: 1000, height: 800 });
    // Only a 20px sliver of the title bar on screen.
    const sliver = saved({ x: 1420, y: 100, width: 1000, height: 800 });
    expect(restoreBounds(sliver, [laptop]).bounds).toEqual({ width: 1000, height: 800 });
  });

  it('clamps a size larger than its display', () => {
    const big = saved({ x: 0, y: 25, width: 3000, height: 2000 });
    expect(restoreBounds(big, [laptop]).bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('centres at the defaults when there are no displays at all', () => {
    expect(restoreBounds(saved({ x: 0, y: 0, width: 800, height: 600 }), [])).toEqual({ maximized: false });
  });
});

describe('parseWindowState', () => {
  it('accepts a well-formed state and rounds fractional pixels', () => {
    expect(
      parseWindowState({ bounds: { x: 1.4, y: 2, width: 800.6, height: 600 }, maximized: false }),
    ).toEqual({
      bounds: { x: 1, y: 2, width: 801, height: 600 },
      maximized: false,
    });
  });

  it.each([
    null,
    'x',
    [],
    {},
    { bounds: { x: 0, y: 0, width: 800, height: 600 } },
    { bounds: { x: 0, y: 0, width: 0, height: 600 }, maximized: false },
    { bounds: { x: 0, y: 0, width: -5, height: 600 }, maximized: false },
    { bounds: { x: Number.NaN, y: 0, width: 800, height: 600 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 1e9, height: 600 }, maximized: false },
    { bounds: { x: '0', y: 0, width: 800, height: 600 }, maximized: false },
    { bounds: null, maximized: true },
  ])('refuses %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'berth-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through the file, creating the folder', async () => {
    const file = path.join(dir, 'nested', 'window-state.json');
    const state = saved({ x: 10, y: 20, width: 900, height: 700 }, true);
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it('reads a missing or corrupt file as nothing saved', async () => {
    expect(loadWindowState(path.join(dir, 'missing.json'))).toBeNull();
    const corrupt = path.join(dir, 'corrupt.json');
    await writeFile(corrupt, '{"bounds": {');
    expect(loadWindowState(corrupt)).toBeNull();
  });

  it('never throws when the file cannot be written', () => {
    expect(() => {
      saveWindowState(path.join(dir, '\0bad', 'x.json'), saved({ x: 0, y: 0, width: 1, height: 1 }));
    }).not.toThrow();
  });
});

class FakeWindow implements TrackedWindow {
  bounds: Rect = { x: 5, y: 6, width: 1000, height: 700 };
  maximized = false;
  minimized = false;
  fullScreen = false;
  readonly listeners = new Map<string, Set<() => void>>();

  getNormalBounds(): Rect {
    return this.bounds;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  on(event: string, listener: () => void): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }
  removeListener(event: string, listener: () => void): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  emit(event: string): void {
    for (const l of this.listeners.get(event) ?? []) l();
  }
  listenerCount(): number {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  }
}

describe('trackWindowState', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the normal bounds and maximized flag on close', () => {
    const win = new FakeWindow();
    const saves: SavedWindowState[] = [];
    trackWindowState(win, (s) => saves.push(s));
    win.maximized = true;
    win.emit('close');
    expect(saves).toEqual([{ bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true }]);
  });

  it('saves once after a burst of moves and resizes', () => {
    const win = new FakeWindow();
    const saves: SavedWindowState[] = [];
    trackWindowState(win, (s) => saves.push(s), 500);
    for (let i = 0; i < 20; i++) {
      win.bounds = { ...win.bounds, x: i };
      win.emit(i % 2 ? 'move' : 'resize');
      vi.advanceTimersByTime(100);
    }
    expect(saves).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.bounds.x).toBe(19);
  });

  it('does not remember a minimized or full-screen window', () => {
    const win = new FakeWindow();
    const saves: SavedWindowState[] = [];
    trackWindowState(win, (s) => saves.push(s));
    win.minimized = true;
    win.emit('close');
    win.minimized = false;
    win.fullScreen = true;
    win.emit('close');
    expect(saves).toEqual([]);
  });

  it('dispose removes its listeners and its pending save', () => {
    const win = new FakeWindow();
    const saves: SavedWindowState[] = [];
    const tracking = trackWindowState(win, (s) => saves.push(s), 500);
    win.emit('resize');
    tracking.dispose();
    vi.advanceTimersByTime(1000);
    expect(saves).toEqual([]);
    expect(win.listenerCount()).toBe(0);
  });
});
