import type { ComponentType } from 'react';
import { ContainersView } from '../features/containers/ContainersView.js';
import { ImagesView } from '../features/images/ImagesView.js';
import { NetworksView } from '../features/networks/NetworksView.js';
import { ProjectsView } from '../features/projects/ProjectsView.js';
import { SystemView } from '../features/system/SystemView.js';
import { VolumesView } from '../features/volumes/VolumesView.js';
import type { Section } from './sections.js';

/** The view each sidebar section shows; a section without a view does not compile. */
export const SECTION_VIEWS: Readonly<Record<Section, ComponentType>> = {
  containers: ContainersView,
  images: ImagesView,
  volumes: VolumesView,
  networks: NetworksView,
  projects: ProjectsView,
  system: SystemView,
};
