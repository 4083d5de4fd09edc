import { event, feature, invoke } from '../define.js';
import {
  hubRepositoryRequest,
  hubSearchRequest,
  pullRequest,
  quickRunRequest,
  registryRequest,
  repositoriesRequest,
  starRequest,
  tagRequest,
  tagsRequest,
  type BrowsableRegistry,
  type DeletedTag,
  type Favorites,
  type HubAnswer,
  type HubRepository,
  type HubRepositoryPage,
  type QuickRunResult,
  type RepositoryPage,
  type TagDetail,
  type TagPage,
} from '../discover.js';
import type { RunForm } from '../../run/run-form.js';
import type { TaskSummary } from '../tasks.js';
import { empty } from './empty.js';

/** Channels for discovering and running images: private registries, Docker Hub, one-click run (issue 20). */
const invokes = {
  /** Registries with credentials in the docker CLI's config, and those added in Berth. */
  'discover.registries': invoke<readonly BrowsableRegistry[]>()(empty),
  'discover.addRegistry': invoke<readonly BrowsableRegistry[]>()(registryRequest),
  'discover.removeRegistry': invoke<readonly BrowsableRegistry[]>()(registryRequest),
  /** One page of `/v2/_catalog`. */
  'discover.repositories': invoke<RepositoryPage>()(repositoriesRequest),
  /** One page of `/v2/<name>/tags/list`. */
  'discover.tags': invoke<TagPage>()(tagsRequest),
  /** A tag's manifest: platforms, sizes, created, digest, and whether it runs on this engine. */
  'discover.tag': invoke<TagDetail>()(tagRequest),
  /** Deletes the manifest the tag names (every tag on that digest goes with it). */
  'discover.deleteTag': invoke<DeletedTag>()(tagRequest),
  /** A pull task, for one platform when asked (`docker pull --platform`). */
  'discover.pull': invoke<TaskSummary>()(pullRequest),
  /** Kitematic's defaults for a pulled image, as a run form (Customize… starts from it). */
  'discover.plan': invoke<RunForm>()(quickRunRequest),
  /** Creates and starts a container with those defaults (the image must be pulled). */
  'discover.run': invoke<QuickRunResult>()(quickRunRequest),
  'discover.favorites': invoke<Favorites>()(empty),
  'discover.star': invoke<Favorites>()(starRequest),
  /** Docker Hub's public search, when reachable. */
  'discover.hubSearch': invoke<HubAnswer<readonly HubRepository[]>>()(hubSearchRequest),
  'discover.hubRepository': invoke<HubAnswer<HubRepositoryPage>>()(hubRepositoryRequest),
} as const;

const events = {
  /** Recent or starred images changed (another window ran or starred one). */
  'discover.favoritesChanged': event<Favorites>(),
} as const;

const streams = {} as const;

export const discoverFeature = feature({ invokes, events, streams });
