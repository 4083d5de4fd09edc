import type { ReactElement } from 'react';

/**
 * Small stroke icons; decorative, so buttons carry their names in aria-label. Size, fill and
 * stroke come from `.icon` in layout.css: one rule, not eight attributes on each of the fifty-odd
 * icons a screen of rows creates at once (two a row).
 */
const paths = {
  start: <path d="M5 3.5v9l7.5-4.5z" />,
  stop: <rect x="4" y="4" width="8" height="8" rx="1" />,
  restart: <path d="M12.5 8a4.5 4.5 0 1 1-1.3-3.2M12.5 2.5v3h-3" fill="none" />,
  pause: <path d="M5.5 4v8M10.5 4v8" fill="none" />,
  unpause: <path d="M5 3.5v9l7.5-4.5z" />,
  kill: <path d="M8 2v6M4.5 4.5a5 5 0 1 0 7 0" fill="none" />,
  remove: <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5" fill="none" />,
  chevron: <path d="M6 4l4 4-4 4" fill="none" />,
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof paths;

export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" aria-hidden="true">
      {paths[name]}
    </svg>
  );
}
