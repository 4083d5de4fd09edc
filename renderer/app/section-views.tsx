import { lazy, useState, type ComponentType } from 'react';
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
 * A view that suspends (the app's Suspense shows its loading state) until its chunk is in, and
 * renders the loaded component directly once it is: a view shown after the preload never flashes
 * the loading state. Which of the two a mounted view uses is fixed at mount, so a re-render never
 * swaps the component type under it (that would reset its state).
 */
const lazyView = (load: ViewLoader): { readonly View: ComponentType; readonly preload: () => void } => {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const fetchView = (): Promise<ComponentType> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        // A failed fetch (the backend went away) may be retried by the next visit.
        pending = null;
        throw err;
      },
    ));
  const Lazy = lazy(() => fetchView().then((component) => ({ default: component })));
  function View() {
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  return {
    View,
    preload: () => {
      fetchView().catch(() => undefined);
    },
  };
};

const lazyViews = Object.fromEntries(
  Object.entries(VIEW_LOADERS).map(([section, load]) => [section, lazyView(retryingImport(load))]),
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
