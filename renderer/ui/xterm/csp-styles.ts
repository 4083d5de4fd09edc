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
    const text = [...root.querySelectorAll('style')].map((s) => s.textContent).join('\n');
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
