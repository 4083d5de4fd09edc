import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { Terminal, type ITerminalOptions } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { shareGlyphWidths } from './shared-glyph-widths.js';
import { applyStreamingPatches } from './streaming-patches.js';
import { mirrorInlineStyles, openWithStyleStandIns, routeSpanStyleAttributes } from './csp-styles.js';

/** One palette in both colour schemes: a terminal reads best dark. */
export const TERMINAL_THEME = {
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
} as const;

export interface TerminalKit {
  readonly term: Terminal;
  readonly fit: FitAddon;
  readonly search: SearchAddon;
  /** Fits to the host when it has a size (a hidden tab has none); returns whether it did. */
  fitNow(): boolean;
  dispose(): void;
}

export interface TerminalKitOptions extends ITerminalOptions {
  /** A link the user clicked (web-links addon or an OSC 8 hyperlink): confirm before opening. */
  readonly onLink: (url: string) => void;
}

/**
 * A terminal with fit, search and web-links, opened in `host`. One per effect lifetime: the
 * caller disposes it in the effect's cleanup.
 */
export const createTerminal = (
  host: HTMLElement,
  { onLink, ...options }: TerminalKitOptions,
): TerminalKit => {
  const term = new Terminal({
    fontFamily: "ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
    fontSize: 13,
    theme: TERMINAL_THEME,
    allowProposedApi: true,
    // Hyperlink escapes in the output go through the same confirmation as plain URLs.
    linkHandler: {
      activate: (_event, text) => {
        onLink(text);
      },
      allowNonHttpProtocols: false,
    },
    ...options,
  });
  const fit = new FitAddon();
  const search = new SearchAddon({ highlightLimit: 2000 });
  term.loadAddon(fit);
  term.loadAddon(search);
  term.loadAddon(
    new WebLinksAddon((event, uri) => {
      event.preventDefault();
      onLink(uri);
    }),
  );
  const unmirror = mirrorInlineStyles(host);
  const unroute = routeSpanStyleAttributes();
  openWithStyleStandIns(() => {
    term.open(host);
  });
  const unpatch = applyStreamingPatches(term);
  const unshare = shareGlyphWidths(term);
  const fitNow = (): boolean => {
    if (host.clientWidth === 0 || host.clientHeight === 0) return false;
    fit.fit();
    return true;
  };
  fitNow();
  return {
    term,
    fit,
    search,
    fitNow,
    dispose() {
      unshare();
      unpatch();
      term.dispose();
      unmirror();
      unroute();
    },
  };
};
