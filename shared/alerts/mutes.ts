import type { AlertSubject } from './alert-types.js';

export interface MuteSettings {
  readonly enabled: boolean;
  readonly mutedContainers: readonly string[];
  readonly mutedProjects: readonly string[];
}

/** Globally off, this container muted, or its compose project muted. */
export const isMuted = (subject: AlertSubject, settings: MuteSettings): boolean =>
  !settings.enabled ||
  settings.mutedContainers.includes(subject.name) ||
  (subject.project !== null && settings.mutedProjects.includes(subject.project));
