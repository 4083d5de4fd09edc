import type { ComponentType } from 'react';
import { useT } from '../i18n/index.js';
import { chunkLoader, useChunk } from '../lib/use-chunk.js';
import { appMessages } from './app-messages.js';
import { ViewLoading } from './ViewLoading.js';
import { ContainersView } from '../features/containers/index.js';
import { retryingImport } from '../lib/chunk-import.js';
import type { Section } from './sections.js';

type ViewLoader = () => Promise<ComponentType>;

/**
 * Every view but the containers list (the first screen) is its own chunk, fetched when it is first
 * shown or when the page is idle after the first screen (preloadViews): parsing and running them
 * up front delayed the first container row. A feature's index is imported whole, so only views
 * whose feature the first screen does not already use come out of the first bundle.
 */
const VIEW_LOADERS: Readonly<Record<Exclude<Section, 'containers'>, ViewLoader>> = {
  discover: () => import('../features/discover/index.js').then((m) => m.DiscoverView),
  images: () => import('../features/images/index.js').then((m) => m.ImagesView),
  volumes: () => import('../features/volumes/index.js').then((m) => m.VolumesView),
  networks: () => import('../features/networks/index.js').then((m) => m.NetworksView),
  projects: () => import('../features/projects/index.js').then((m) => m.ProjectsView),
  swarm: () => import('../features/swarm/index.js').then((m) => m.SwarmView),
  services: () => import('../features/services/index.js').then((m) => m.ServicesView),
  system: () => import('../features/system/index.js').then((m) => m.SystemView),
  settings: () => import('../features/settings/index.js').then((m) => m.SettingsView),
};

/**
 * A view drawn from its chunk once it is in (a view shown after the preload draws at once). It does
 * not suspend: see lib/use-chunk.ts for the 300 ms React adds to a suspended view. A chunk that does
 * not arrive is thrown to the view's error boundary, which reloads the page as a last resort.
 */
const lazyView = (
  section: Exclude<Section, 'containers'>,
  load: ViewLoader,
): { readonly View: ComponentType; readonly preload: () => void } => {
  const loader = chunkLoader(load);
  function View() {
    const t = useT(appMessages);
    const { state } = useChunk(loader);
    if (state.status === 'failed') throw state.error;
    if (state.status === 'loading') return <ViewLoading view={t(`section_${section}`)} />;
    const Loaded = state.value;
    return <Loaded />;
  }
  return {
    View,
    preload: () => {
      loader.load().catch(() => undefined);
    },
  };
};

const lazyViews = Object.fromEntries(
  (Object.entries(VIEW_LOADERS) as [Exclude<Section, 'containers'>, ViewLoader][]).map(([section, load]) => [
    section,
    lazyView(section, retryingImport(load)),
  ]),
) as Record<Exclude<Section, 'containers'>, ReturnType<typeof lazyView>>;

/** The view each sidebar section shows; a section without a view does not compile. */
export const SECTION_VIEWS: Readonly<Record<Section, ComponentType>> = {
  containers: ContainersView,
  discover: lazyViews.discover.View,
  images: lazyViews.images.View,
  volumes: lazyViews.volumes.View,
  networks: lazyViews.networks.View,
  projects: lazyViews.projects.View,
  swarm: lazyViews.swarm.View,
  services: lazyViews.services.View,
  system: lazyViews.system.View,
  settings: lazyViews.settings.View,
};

/**
 * Fetches the view the page opens on (a reload of #/services) as the app starts, not when its
 * first render asks: the chunk then loads beside the first render instead of after it.
 */
export const preloadView = (section: Section): void => {
  if (section !== 'containers') lazyViews[section].preload();
};

/** Fetches every view's chunk (once), so a later click shows its view at once. */
export const preloadViews = (): void => {
  for (const view of Object.values(lazyViews)) view.preload();
};
