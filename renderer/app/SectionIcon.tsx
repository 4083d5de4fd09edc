import type { ReactElement } from 'react';
import type { Section } from './sections.js';

/** Sidebar pictograms (16px strokes); a section added without one gets the plain dot. */
const paths: Partial<Record<Section, ReactElement>> = {
  containers: <path d="M2.5 5.5 8 2.5l5.5 3v5L8 13.5l-5.5-3zM2.5 5.5 8 8.5l5.5-3M8 8.5v5" />,
  discover: <path d="M7 12.5a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11zM11 11l3 3" />,
  images: <path d="M2.5 4.5h11v8h-11zM5 2.5h6M2.5 10l3-3 3 3 2-2 3 3" />,
  volumes: (
    <path d="M3 4c0-1 2.2-1.8 5-1.8S13 3 13 4v8c0 1-2.2 1.8-5 1.8S3 13 3 12zM3 4c0 1 2.2 1.8 5 1.8S13 5 13 4M3 8c0 1 2.2 1.8 5 1.8S13 9 13 8" />
  ),
  networks: <path d="M8 2.5v4M8 6.5 3.5 10M8 6.5l4.5 3.5M6.5 1.5h3v2.5h-3zM2 10h3v3H2zM11 10h3v3h-3z" />,
  projects: <path d="M2 4.5h4.5l1.2 1.5H14v7H2z" />,
  swarm: (
    <path d="M5 4a1.5 1.5 0 1 0 0-.1M11 4a1.5 1.5 0 1 0 0-.1M8 11a1.5 1.5 0 1 0 0-.1M5 5.5l2.3 4.2M11 5.5 8.7 9.7M6.5 4h3" />
  ),
  services: <path d="M2.5 3.5h11v3h-11zM2.5 9.5h11v3h-11zM5 5h.01M5 11h.01" />,
  system: <path d="M2.5 3h11v7.5h-11zM6 13.5h4M8 10.5v3" />,
  settings: (
    <path d="M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM8 1.8v1.7M8 12.5v1.7M1.8 8h1.7M12.5 8h1.7M3.6 3.6l1.2 1.2M11.2 11.2l1.2 1.2M3.6 12.4l1.2-1.2M11.2 4.8l1.2-1.2" />
  ),
};

export function SectionIcon({ id }: { readonly id: Section }) {
  return (
    <svg className="nav-icon" viewBox="0 0 16 16" aria-hidden="true">
      {paths[id] ?? <circle cx="8" cy="8" r="2" />}
    </svg>
  );
}
