import { readFileSync } from 'node:fs';
import type { Disposable } from '../core/index.js';
import { writeFileAtomic } from './atomic-file.js';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SavedWindowState {
  /** The normal (not maximized) bounds. */
  readonly bounds: Rect;
  readonly maximized: boolean;
}

export interface RestoredWindowState {
  /** Position and size; without x/y the window is centred. Absent: the defaults. */
  readonly bounds?: Partial<Rect>;
  readonly maximized: boolean;
}

/** A display as `screen.getAllDisplays()` describes it; only its work area matters. */
export interface DisplayArea {
  readonly workArea: Rect;
}

export const WINDOW_STATE_FILE = 'window-state.json';

/** How much of the title bar must be on a display for the user to grab it and move the window. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_WIDTH = 80;
const MIN_VISIBLE_HEIGHT = 16;
/** Sizes beyond any real screen mean a corrupt file. */
const MAX_SIZE = 100_000;

const isCoordinate = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_SIZE;
const isSize = (v: unknown): v is number => isCoordinate(v) && v > 0;

/** Accepts only a well-formed saved state; anything else (old format, hand edits, garbage) is null. */
export const parseWindowState = (raw: unknown): SavedWindowState | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null || typeof maximized !== 'boolean') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isSize(width) || !isSize(height)) return null;
  return {
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    maximized,
  };
};

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

/**
 * Where to open the window. A saved rect is used only while its title bar is still reachable on
 * one of the current displays (a monitor may have been unplugged or rearranged); otherwise
 * only its size is kept, clamped to the primary display (`displays[0]`), and the window is centred.
 */
export const restoreBounds = (
  saved: SavedWindowState | null,
  displays: readonly DisplayArea[],
): RestoredWindowState => {
  if (!saved) return { maximized: false };
  const { bounds, maximized } = saved;
  const titleBar: Rect = { ...bounds, height: Math.min(TITLE_BAR_HEIGHT, bounds.height) };
  const home = displays.find((display) => {
    const visible = overlap(titleBar, display.workArea);
    return (
      visible.width >= Math.min(MIN_VISIBLE_WIDTH, bounds.width) &&
      visible.height >= Math.min(MIN_VISIBLE_HEIGHT, titleBar.height)
    );
  });
  if (home) {
    return {
      bounds: {
        x: bounds.x,
        y: bounds.y,
        width: Math.min(bounds.width, home.workArea.width),
        height: Math.min(bounds.height, home.workArea.height),
      },
      maximized,
    };
  }
  const primary = displays[0]?.workArea;
  if (!primary) return { maximized };
  return {
    bounds: { width: Math.min(bounds.width, primary.width), height: Math.min(bounds.height, primary.height) },
    maximized,
  };
};

export const loadWindowState = (file: string): SavedWindowState | null => {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
};

/** Remembering the window is a convenience; failing to write is never an error for the user. */
export const saveWindowState = (file: string, state: SavedWindowState): void => {
  writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
};

/** The members of `BrowserWindow` the tracker uses. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  on(event: 'close' | 'resize' | 'move' | 'maximize' | 'unmaximize', listener: () => void): unknown;
  removeListener(
    event: 'close' | 'resize' | 'move' | 'maximize' | 'unmaximize',
    listener: () => void,
  ): unknown;
}

const CHANGES = ['resize', 'move', 'maximize', 'unmaximize'] as const;

/**
 * Saves the window's state when it closes, and shortly after it stops moving or resizing (so
 * a crash keeps the last layout). Minimized and full-screen states are not remembered.
 */
export const trackWindowState = (
  win: TrackedWindow,
  save: (state: SavedWindowState) => void,
  debounceMs = 1000,
): Disposable => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isMinimized() || win.isFullScreen()) return;
    save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(capture, debounceMs);
  };
  win.on('close', capture);
  for (const event of CHANGES) win.on(event, schedule);
  return {
    dispose() {
      clearTimeout(timer);
      win.removeListener('close', capture);
      for (const event of CHANGES) win.removeListener(event, schedule);
    },
  };
};
