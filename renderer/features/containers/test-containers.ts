import type { ContainerSummary } from '../../../shared/contract/containers.js';

/** A plausible container for tests; override what the test is about. */
export const container = (overrides: Partial<ContainerSummary> = {}): ContainerSummary => {
  const id = overrides.id ?? 'c0ffee';
  return {
    id,
    name: overrides.name ?? `name-${id}`,
    image: 'nginx:1.27',
    command: 'nginx -g daemon off;',
    state: 'running',
    status: 'Up 3 minutes',
    created: 1_700_000_000,
    ports: [],
    labels: {},
    project: null,
    service: null,
    ...overrides,
  };
};
