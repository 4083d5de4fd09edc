import type { ContainerState, ContainerSummary } from '../contract/containers.js';
import { COMPOSE_LABELS } from './compose-labels.js';

export interface ProjectContainer {
  readonly id: string;
  readonly name: string;
  readonly state: ContainerState;
  readonly status: string;
  /** `container-number`; null when the label is missing or not a number. */
  readonly number: number | null;
  /** Started by `compose run`: listed, but not counted in the service's running n/m. */
  readonly oneoff: boolean;
}

export interface ProjectService {
  readonly name: string;
  readonly containers: readonly ProjectContainer[];
  readonly running: number;
  readonly total: number;
}

export interface ComposeProject {
  readonly name: string;
  readonly workingDir: string | null;
  readonly configFiles: readonly string[];
  readonly services: readonly ProjectService[];
  /** Every container of the project (one-offs included): what project actions act on. */
  readonly containerIds: readonly string[];
  readonly running: number;
  readonly total: number;
}

/** States in which a container counts as up (as the containers list counts them). */
const UP: ReadonlySet<ContainerState> = new Set(['running', 'restarting', 'paused']);

export const isUp = (state: ContainerState): boolean => UP.has(state);

const toNumber = (value: string | undefined): number | null => {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
};

/** `config_files` is a comma-joined list of absolute paths (v1 and v2 alike). */
export const parseConfigFiles = (value: string | undefined): string[] =>
  value === undefined
    ? []
    : value
        .split(',')
        .map((file) => file.trim())
        .filter((file) => file !== '');

/** Compose writes "True"/"False" (v1) or "True"/"False" too (v2); anything else is not a one-off. */
const isOneoff = (value: string | undefined): boolean => value?.toLowerCase() === 'true';

const byNumberThenName = (a: ProjectContainer, b: ProjectContainer): number =>
  Number(a.oneoff) - Number(b.oneoff) ||
  (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER) ||
  a.name.localeCompare(b.name);

/**
 * Groups containers into compose projects by their labels: whoever started them (Berth, the
 * CLI, another tool), a project exists as long as one of its containers does. The working dir
 * and config files come from the newest container that carries them.
 */
export const groupProjects = (containers: Iterable<ContainerSummary>): ComposeProject[] => {
  interface Draft {
    workingDir: string | null;
    configFiles: string[];
    newest: number;
    services: Map<string, ProjectContainer[]>;
    ids: string[];
  }
  const drafts = new Map<string, Draft>();
  for (const c of containers) {
    const project = c.labels[COMPOSE_LABELS.project];
    if (!project) continue;
    let draft = drafts.get(project);
    if (!draft) {
      draft = { workingDir: null, configFiles: [], newest: -1, services: new Map(), ids: [] };
      drafts.set(project, draft);
    }
    const workingDir = c.labels[COMPOSE_LABELS.workingDir];
    if (workingDir && c.created > draft.newest) {
      draft.newest = c.created;
      draft.workingDir = workingDir;
      draft.configFiles = parseConfigFiles(c.labels[COMPOSE_LABELS.configFiles]);
    }
    const service = c.labels[COMPOSE_LABELS.service] || c.name;
    const list = draft.services.get(service) ?? [];
    list.push({
      id: c.id,
      name: c.name,
      state: c.state,
      status: c.status,
      number: toNumber(c.labels[COMPOSE_LABELS.number]),
      oneoff: isOneoff(c.labels[COMPOSE_LABELS.oneoff]),
    });
    draft.services.set(service, list);
    draft.ids.push(c.id);
  }
  const projects: ComposeProject[] = [];
  for (const [name, draft] of drafts) {
    const services: ProjectService[] = [...draft.services]
      .map(([service, list]) => {
        const counted = list.filter((c) => !c.oneoff);
        return {
          name: service,
          containers: [...list].sort(byNumberThenName),
          running: counted.filter((c) => isUp(c.state)).length,
          total: counted.length,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    projects.push({
      name,
      workingDir: draft.workingDir,
      configFiles: draft.configFiles,
      services,
      containerIds: [...draft.ids].sort(),
      running: services.reduce((n, s) => n + s.running, 0),
      total: services.reduce((n, s) => n + s.total, 0),
    });
  }
  return projects.sort((a, b) => a.name.localeCompare(b.name));
};
