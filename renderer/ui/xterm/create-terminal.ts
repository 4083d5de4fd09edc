import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { Terminal, type ITerminalOptions } from '@xterm/xterm';
import { onTerminalLook, terminalLook } from '../../lib/theme.js';
import '@xterm/xterm/css/xterm.css';
import { shareGlyphWidths } from './shared-glyph-widths.js';
import { applyStreamingPatches } from './streaming-patches.js';
import { mirrorInlineStyles, openWithStyleStandIns, routeSpanStyleAttributes } from './csp-styles.js';

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
  const look = terminalLook();
  const term = new Terminal({
    fontFamily: look.fontFamily,
    fontSize: look.fontSize,
    theme: look.theme,
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
  // The theme and font settings apply to open terminals too, not only to the next one.
  const unlook = onTerminalLook((next) => {
    term.options.theme = next.theme;
    term.options.fontFamily = next.fontFamily;
    term.options.fontSize = next.fontSize;
    fitNow();
  });
  return {
    term,
    fit,
    search,
    fitNow,
    dispose() {
      unlook();
      unshare();
      unpatch();
      term.dispose();
      unmirror();
      unroute();
    },
  };
};
