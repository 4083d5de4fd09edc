/** What xterm gets instead of a `<style>` element while it opens: inert, hidden, same text. */
export const STYLE_STAND_IN = 'xterm-style';

/**
 * Runs `open` (xterm's `term.open`) with `document.createElement('style')` answering a
 * `<xterm-style>` element: xterm fills and updates it exactly as it would a `<style>`, but the
 * browser neither applies it nor reports it as a CSP violation; `mirrorInlineStyles` applies
 * its text instead. xterm 6 creates all its style elements while opening.
 */
export const openWithStyleStandIns = (open: () => void): void => {
  const native = Reflect.get<Document, 'createElement'>(document, 'createElement');
  Object.defineProperty(document, 'createElement', {
    configurable: true,
    writable: true,
    value: (tag: string, options?: ElementCreationOptions): HTMLElement =>
      native.call(document, tag.toLowerCase() === 'style' ? STYLE_STAND_IN : tag, options),
  });
  try {
    open();
  } finally {
    // Only the document's own property goes: createElement is the prototype's again.
    Reflect.deleteProperty(document, 'createElement');
  }
};

/**
 * xterm.js 6 draws with `<style>` elements it fills at run time (the DOM renderer's fonts,
 * colours, cursor and selection; cell dimensions; the scrollbar). Our CSP (`style-src 'self'`,
 * no 'unsafe-inline') refuses to apply them. Their text is still readable, so we mirror it
 * into a constructed stylesheet adopted by the document: CSSOM, which the CSP allows, and
 * exactly what xterm meant, theme and all. Returns the undo.
 */
export const mirrorInlineStyles = (root: HTMLElement): (() => void) => {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return () => undefined;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let last = '';

  const sync = (): void => {
    const text = [
      `${STYLE_STAND_IN} { display: none !important; }`,
      ...[...root.querySelectorAll(`style, ${STYLE_STAND_IN}`)].map((s) => s.textContent),
    ].join('\n');
    if (text === last) return;
    last = text;
    try {
      sheet.replaceSync(text);
    } catch {
      // A rule the browser cannot parse: keep what we had.
    }
  };

  const observer = new MutationObserver(sync);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  sync();

  return () => {
    observer.disconnect();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
};

let routed = 0;
let nativeSetAttribute: Element['setAttribute'] | null = null;

/**
 * xterm 6's DOM renderer gives a cell a 24-bit colour (and a contrast-adjusted one) with
 * `span.setAttribute('style', …)`, which the CSP refuses: the colour is lost and every such
 * cell reports a violation. Writing the same declarations through CSSOM (`style.cssText`) is
 * allowed by the same CSP, so while a terminal is open, `setAttribute('style')` on a `<span>`
 * goes through CSSOM instead. This is no wider than the CSP already is for our own scripts
 * (they may set styles through CSSOM); markup cannot use it: the HTML parser never calls
 * setAttribute, so injected `style="…"` attributes stay blocked. Returns the undo (counted:
 * the patch goes when the last terminal does).
 */
export const routeSpanStyleAttributes = (): (() => void) => {
  if (typeof HTMLSpanElement === 'undefined') return () => undefined;
  if (routed++ === 0) {
    // Taken off the prototype to be called with each element as `this`.
    const original: Element['setAttribute'] = Reflect.get<Element, 'setAttribute'>(
      Element.prototype,
      'setAttribute',
    );
    nativeSetAttribute = original;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string): void {
      if (this instanceof HTMLSpanElement && name.toLowerCase() === 'style') this.style.cssText = value;
      else original.call(this, name, value);
    };
  }
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    if (--routed === 0 && nativeSetAttribute) {
      Element.prototype.setAttribute = nativeSetAttribute;
      nativeSetAttribute = null;
    }
  };
};
