import type { ShortcutKey as Key } from './messages.js';

/** The documented shortcuts, as the cheat sheet lists them (and use-global-shortcuts.ts handles). */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly what: Key }[] = [
  { keys: ['Ctrl', 'K'], what: 'palette' },
  { keys: ['?'], what: 'help' },
  { keys: ['/'], what: 'search' },
  { keys: ['N'], what: 'newContainer' },
  { keys: ['G', 'C'], what: 'goContainers' },
  { keys: ['G', 'I'], what: 'goImages' },
  { keys: ['G', 'V'], what: 'goVolumes' },
  { keys: ['G', 'N'], what: 'goNetworks' },
  { keys: ['G', 'P'], what: 'goProjects' },
  { keys: ['G', 'S'], what: 'goSettings' },
  { keys: ['↑', '↓'], what: 'listMove' },
  { keys: ['Space'], what: 'listSelect' },
  { keys: ['Enter'], what: 'listOpen' },
  { keys: ['Esc'], what: 'back' },
];

/** `g` then a letter: the view it goes to. */
export const GO_TO: Readonly<Record<string, string>> = {
  c: '#/containers',
  i: '#/images',
  v: '#/volumes',
  n: '#/networks',
  p: '#/projects',
  s: '#/settings',
};
