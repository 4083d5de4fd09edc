import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SafeText } from './SafeText.js';

const render = (text: string): string => renderToStaticMarkup(<SafeText text={text} />);

describe('SafeText', () => {
  it('leaves plain text bare', () => {
    expect(render('web-1 <b>café</b>')).toBe('web-1 &lt;b&gt;café&lt;/b&gt;');
  });

  it('isolates a right-to-left override and shows it as a described marker', () => {
    expect(render('evil\u202etxt.exe')).toBe(
      '<bdi class="safe-text">evil<abbr class="hidden-char" title="Hidden character: right-to-left override">⟨U+202E⟩</abbr>txt.exe</bdi>',
    );
  });

  it('marks zero-width characters, and isolates right-to-left names without any', () => {
    expect(render('ad\u200bmin')).toContain(
      'ad<abbr class="hidden-char" title="Hidden character: zero width space">⟨U+200B⟩</abbr>min',
    );
    expect(render('שלום 3')).toBe('<bdi>שלום 3</bdi>');
  });
});
