import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 560;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;

export interface MainWindowInput {
  /** Absolute path of the bundled preload (dist/electron/preload/preload.cjs). */
  readonly preload: string;
  /** Restored bounds; the window is centred at the default size when absent. */
  readonly bounds?: Partial<Rectangle>;
  /** Window icon (Linux and Windows; macOS uses the bundle icon). */
  readonly icon?: string;
}

/**
 * The one place the main window's options are decided. The renderer is untrusted: it runs
 * isolated and sandboxed with no Node, reaches the backend only through the preload's
 * `window.berth`, and keeps Chromium's web security (`webSecurity` is deliberately not set).
 */
export const mainWindowOptions = (input: MainWindowInput): BrowserWindowConstructorOptions => {
  const { bounds } = input;
  return {
    title: 'Berth',
    width: bounds?.width ?? DEFAULT_WIDTH,
    height: bounds?.height ?? DEFAULT_HEIGHT,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    ...(input.icon === undefined ? {} : { icon: input.icon }),
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
    },
  };
};
