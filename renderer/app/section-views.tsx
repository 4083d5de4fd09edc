import type { ComponentType } from 'react';
import { ContainersView } from '../features/containers/index.js';
import { DiscoverView } from '../features/discover/index.js';
import { ImagesView } from '../features/images/index.js';
import { NetworksView } from '../features/networks/index.js';
import { ProjectsView } from '../features/projects/index.js';
import { SystemView } from '../features/system/index.js';
import { VolumesView } from '../features/volumes/index.js';
import { ServicesView } from '../features/services/index.js';
import { SwarmView } from '../features/swarm/index.js';
import type { Section } from './sections.js';

/** The view each sidebar section shows; a section without a view does not compile. */
export const SECTION_VIEWS: Readonly<Record<Section, ComponentType>> = {
  containers: ContainersView,
  discover: DiscoverView,
  images: ImagesView,
  volumes: VolumesView,
  networks: NetworksView,
  projects: ProjectsView,
  swarm: SwarmView,
  services: ServicesView,
  system: SystemView,
};
