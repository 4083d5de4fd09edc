import type { ITheme } from '@xterm/xterm';
import type { Settings } from '../../shared/settings/settings.js';
import { useSettingsStore } from './settings-store.js';

export type ThemeChoice = Settings['appearance']['theme'];
export type Scheme = 'light' | 'dark';

/** What the user picked, resolved against the OS/browser preference. */
export const resolveScheme = (choice: ThemeChoice, prefersDark: boolean): Scheme =>
  choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;

const DARK_TERMINAL: ITheme = {
  background: '#15181d',
  foreground: '#e3e7ec',
  cursor: '#e3e7ec',
  cursorAccent: '#15181d',
  selectionBackground: '#3d5a8a',
  selectionInactiveBackground: '#2f3b4f',
  black: '#2d333b',
  red: '#ff7b72',
  green: '#57c98a',
  yellow: '#e3b341',
  blue: '#6b9bff',
  magenta: '#d2a8ff',
  cyan: '#56d4dd',
  white: '#c9d1d9',
  brightBlack: '#6e7781',
  brightRed: '#ffa198',
  brightGreen: '#7ee2a8',
  brightYellow: '#f2cc60',
  brightBlue: '#a5c4ff',
  brightMagenta: '#e2c5ff',
  brightCyan: '#b3f0ff',
  brightWhite: '#ffffff',
};

// Darker ANSI colours than the dark palette: programs assume a dark terminal, so their yellow and
// white must still read on a white background (every colour here keeps 4.5:1 against it).
const LIGHT_TERMINAL: ITheme = {
  background: '#ffffff',
  foreground: '#1c2128',
  cursor: '#1c2128',
  cursorAccent: '#ffffff',
  selectionBackground: '#b6cdfb',
  selectionInactiveBackground: '#d7e2f7',
  black: '#1c2128',
  red: '#b42318',
  green: '#1a7f44',
  yellow: '#8a5a00',
  blue: '#1d4ed8',
  magenta: '#8e3fb5',
  cyan: '#0e7490',
  white: '#4b5563',
  brightBlack: '#57606a',
  brightRed: '#a40e26',
  brightGreen: '#116329',
  brightYellow: '#7a4d00',
  brightBlue: '#0b3fb0',
  brightMagenta: '#7a2e9e',
  brightCyan: '#0b5e75',
  brightWhite: '#24292f',
};

export const terminalTheme = (scheme: Scheme): ITheme => (scheme === 'dark' ? DARK_TERMINAL : LIGHT_TERMINAL);

export interface TerminalLook {
  readonly scheme: Scheme;
  readonly theme: ITheme;
  readonly fontFamily: string;
  readonly fontSize: number;
}

/** A generic family name alone would let the browser pick a proportional-looking fallback. */
const FALLBACK_FONTS = "ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace";

export const terminalLookFor = (
  scheme: Scheme,
  appearance: Settings['appearance'] | undefined,
): TerminalLook => {
  const family = appearance?.terminalFontFamily.trim();
  return {
    scheme,
    theme: terminalTheme(scheme),
    fontFamily: family && family !== 'monospace' ? `${family}, ${FALLBACK_FONTS}` : FALLBACK_FONTS,
    fontSize: appearance?.terminalFontSize ?? 13,
  };
};

const prefersDarkQuery = (): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null;

const currentScheme = (): Scheme =>
  resolveScheme(
    useSettingsStore.getState().settings?.appearance.theme ?? 'system',
    prefersDarkQuery()?.matches ?? false,
  );

let look: TerminalLook = terminalLookFor('light', undefined);
const listeners = new Set<(look: TerminalLook) => void>();

/** The palette and font every terminal uses now (xterm cannot read CSS variables). */
export const terminalLook = (): TerminalLook => look;

/** Terminals follow theme and font changes while open; returns the unsubscribe. */
export const onTerminalLook = (listener: (look: TerminalLook) => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

const update = (): void => {
  const scheme = currentScheme();
  const next = terminalLookFor(scheme, useSettingsStore.getState().settings?.appearance);
  // Unit tests run the bootstrap without a DOM.
  if (typeof document !== 'undefined') {
    document.documentElement.dataset.theme = scheme;
    document.documentElement.style.colorScheme = scheme;
  }
  if (next.scheme === look.scheme && next.fontFamily === look.fontFamily && next.fontSize === look.fontSize) {
    return;
  }
  look = next;
  for (const listener of [...listeners]) listener(look);
};

/**
 * Applies the theme setting to the page (a `data-theme` the stylesheet keys on) and to terminals,
 * now and whenever the setting or the OS preference changes. Until settings arrive the OS decides.
 */
export const wireTheme = (): (() => void) => {
  update();
  const offSettings = useSettingsStore.subscribe((state, previous) => {
    if (state.settings?.appearance !== previous.settings?.appearance) update();
  });
  const query = prefersDarkQuery();
  query?.addEventListener('change', update);
  return () => {
    offSettings();
    query?.removeEventListener('change', update);
  };
};
