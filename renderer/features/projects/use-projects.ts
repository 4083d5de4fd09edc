import { useMemo } from 'react';
import { groupProjects, type ComposeProject } from '../../../shared/compose/projects.js';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { qualify, splitQualified } from '../../lib/engine-routing.js';
import { useContainersStore } from '../containers/index.js';

/**
 * Projects per engine: a project's name is unique only within one engine, so containers keyed
 * `<id>@<engine>` are grouped engine by engine and each project is keyed `<name>@<engine>` (its
 * actions then route to that engine). Plain ids (the CLI's engine) group as before.
 */
export const projectsPerEngine = (containers: Iterable<ContainerSummary>): ComposeProject[] => {
  const byEngine = new Map<string | undefined, ContainerSummary[]>();
  for (const c of containers) {
    const engine = splitQualified(c.id).engine;
    const group = byEngine.get(engine);
    if (group) group.push(c);
    else byEngine.set(engine, [c]);
  }
  const projects: ComposeProject[] = [];
  for (const [engine, group] of byEngine) {
    for (const project of groupProjects(group)) {
      projects.push(engine === undefined ? project : { ...project, name: qualify(engine, project.name) });
    }
  }
  return projects;
};

/**
 * The compose projects in the live container model: regrouped when the model changes (the
 * store replaces its Map on every change), so started, stopped and adopted projects show at once.
 */
export const useProjects = (): readonly ComposeProject[] => {
  const byId = useContainersStore((s) => s.byId);
  return useMemo(() => projectsPerEngine(byId.values()), [byId]);
};
