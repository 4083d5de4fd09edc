import type { CSSProperties } from 'react';
import { parseAnsi, type AnsiStyle } from '../../../../shared/logs/ansi.js';

const classOf = (style: AnsiStyle): string | undefined => {
  const names: string[] = [];
  const fg = style.inverse ? style.bg : style.fg;
  const bg = style.inverse ? (style.fg ?? 'inverse') : style.bg;
  if (typeof fg === 'number') names.push(`ansi-fg-${fg}`);
  if (typeof bg === 'number') names.push(`ansi-bg-${bg}`);
  if (bg === 'inverse') names.push('ansi-inverse');
  if (style.bold) names.push('ansi-bold');
  if (style.dim) names.push('ansi-dim');
  if (style.italic) names.push('ansi-italic');
  if (style.underline) names.push('ansi-underline');
  return names.length > 0 ? names.join(' ') : undefined;
};

/** 256 and true colours only: React sets them through CSSOM, which the CSP allows (no style attributes). */
const inlineOf = (style: AnsiStyle): CSSProperties | undefined => {
  const fg = style.inverse ? style.bg : style.fg;
  const bg = style.inverse ? style.fg : style.bg;
  if (typeof fg !== 'string' && typeof bg !== 'string') return undefined;
  return {
    ...(typeof fg === 'string' ? { color: fg } : {}),
    ...(typeof bg === 'string' ? { backgroundColor: bg } : {}),
  };
};

/** A log line's text with its colours: always text nodes, never HTML. */
export function AnsiText({ text }: { readonly text: string }) {
  const spans = parseAnsi(text);
  if (spans.length === 1 && Object.keys(spans[0]?.style ?? {}).length === 0) return <>{text}</>;
  return (
    <>
      {spans.map((span, i) => (
        <span key={i} className={classOf(span.style)} style={inlineOf(span.style)}>
          {span.text}
        </span>
      ))}
    </>
  );
}
