import type { FirstScreen } from '../../shared/protocol/first-calls.js';

/*
 * Which first screen a page load is for, decided from its address alone: the boot script needs it
 * before the app (and React) has loaded, so this module imports nothing else of the app.
 */

/** The sections that show the swarm's services, not the containers list (ids of sections.ts). */
const SWARM_SECTIONS: ReadonlySet<string> = new Set(['swarm', 'services']);

export const isSwarmSection = (section: string): boolean => SWARM_SECTIONS.has(section);

/** The first screen of the page at this address hash (`#/services`; sections.ts's form). */
export const firstScreenOfHash = (hash: string): FirstScreen =>
  isSwarmSection(hash.replace(/^#\//, '')) ? 'swarm' : 'all';
