import { useSyncExternalStore } from 'react';

export const SECTIONS = [
  { id: 'containers', label: 'Containers' },
  { id: 'discover', label: 'Discover' },
  { id: 'images', label: 'Images' },
  { id: 'volumes', label: 'Volumes' },
  { id: 'networks', label: 'Networks' },
  { id: 'projects', label: 'Projects' },
  { id: 'swarm', label: 'Swarm' },
  /** Shown only while the engine is a swarm manager (see Sidebar). */
  { id: 'services', label: 'Services' },
  { id: 'system', label: 'System' },
  { id: 'settings', label: 'Settings' },
] as const;

export type Section = (typeof SECTIONS)[number]['id'];

export const sectionHref = (section: Section): string => `#/${section}`;

/** The section named by the address's hash; anything unknown is the containers list. */
export const sectionFromHash = (hash: string): Section =>
  SECTIONS.find((s) => hash === sectionHref(s.id))?.id ?? 'containers';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
};

/** Hash navigation: stays in the page (Electron blocks real navigation) and survives reloads. */
export const useSection = (): Section =>
  useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash));
