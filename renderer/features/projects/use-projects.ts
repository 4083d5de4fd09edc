import { useMemo } from 'react';
import { groupProjects, type ComposeProject } from '../../../shared/compose/projects.js';
import { useContainersStore } from '../containers/index.js';

/**
 * The compose projects in the live container model: regrouped when the model changes (the
 * store replaces its Map on every change), so started, stopped and adopted projects show at once.
 */
export const useProjects = (): readonly ComposeProject[] => {
  const byId = useContainersStore((s) => s.byId);
  return useMemo(() => groupProjects(byId.values()), [byId]);
};
