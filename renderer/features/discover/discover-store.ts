import { create } from 'zustand';
import type {
  BrowsableRegistry,
  Favorites,
  HubRepository,
  HubRepositoryPage,
  TagDetail,
} from '../../../shared/contract/discover.js';
import type { SearchResult } from '../../../shared/contract/images.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';

/** Where the registry browser is: a registry, then a repository, then a tag. */
export interface Browse {
  readonly registry: string;
  readonly repositories: readonly string[];
  readonly repositoriesNext: string | null;
  readonly repository: string | null;
  readonly tags: readonly string[];
  readonly tagsNext: string | null;
  readonly tag: string | null;
  readonly detail: TagDetail | null;
  readonly loading: boolean;
  readonly problem: string | null;
}

export type HubState =
  | { readonly state: 'idle' }
  | { readonly state: 'searching'; readonly term: string }
  | { readonly state: 'hub'; readonly term: string; readonly results: readonly HubRepository[] }
  /** Hub's API did not answer: its message, and the engine's search instead. */
  | {
      readonly state: 'engine';
      readonly term: string;
      readonly message: string;
      readonly results: readonly SearchResult[];
      readonly problem: string | null;
    };

export interface DiscoverState {
  readonly registries: readonly BrowsableRegistry[];
  readonly registriesProblem: string | null;
  readonly browse: Browse | null;
  readonly hub: HubState;
  readonly hubRepository: HubRepositoryPage | null;
  readonly favorites: Favorites;
  /** The last one-click run's progress or outcome, for the live region. */
  readonly runStatus: string | null;
}

export const useDiscoverStore = create<DiscoverState>()(() => ({
  registries: [],
  registriesProblem: null,
  browse: null,
  hub: { state: 'idle' },
  hubRepository: null,
  favorites: { recent: [], starred: [] },
  runStatus: null,
}));

const set = (patch: Partial<DiscoverState>): void => {
  useDiscoverStore.setState(patch);
};

const patchBrowse = (registry: string, patch: Partial<Browse>): void => {
  useDiscoverStore.setState((s) =>
    s.browse?.registry === registry ? { browse: { ...s.browse, ...patch } } : {},
  );
};

export const setRunStatus = (runStatus: string | null): void => {
  set({ runStatus });
};

export const setFavorites = (favorites: Favorites): void => {
  set({ favorites });
};

export const loadRegistries = async (client: Client): Promise<void> => {
  try {
    set({ registries: await client.invoke('discover.registries', {}), registriesProblem: null });
  } catch (err) {
    set({ registriesProblem: errorMessage(err) });
  }
};

export const loadFavorites = async (client: Client): Promise<void> => {
  try {
    setFavorites(await client.invoke('discover.favorites', {}));
  } catch {
    // Recent and starred images are a convenience: the view works without them.
  }
};

/** Opens a registry's catalog (first page). */
export const openRegistry = async (client: Client, registry: string): Promise<void> => {
  set({
    browse: {
      registry,
      repositories: [],
      repositoriesNext: null,
      repository: null,
      tags: [],
      tagsNext: null,
      tag: null,
      detail: null,
      loading: true,
      problem: null,
    },
  });
  await moreRepositories(client, registry, undefined);
};

export const moreRepositories = async (
  client: Client,
  registry: string,
  last: string | undefined,
): Promise<void> => {
  patchBrowse(registry, { loading: true, problem: null });
  try {
    const page = await client.invoke('discover.repositories', { registry, ...(last ? { last } : {}) });
    const current = useDiscoverStore.getState().browse;
    patchBrowse(registry, {
      repositories: [...(last && current ? current.repositories : []), ...page.repositories],
      repositoriesNext: page.next,
      loading: false,
    });
  } catch (err) {
    patchBrowse(registry, { loading: false, problem: errorMessage(err) });
  }
};

export const openRepository = async (
  client: Client,
  registry: string,
  repository: string,
  last?: string,
): Promise<void> => {
  if (!last) patchBrowse(registry, { repository, tags: [], tagsNext: null, tag: null, detail: null });
  patchBrowse(registry, { loading: true, problem: null });
  try {
    const page = await client.invoke('discover.tags', { registry, repository, ...(last ? { last } : {}) });
    const current = useDiscoverStore.getState().browse;
    if (current?.repository !== repository) return;
    patchBrowse(registry, {
      tags: [...(last ? current.tags : []), ...page.tags],
      tagsNext: page.next,
      loading: false,
    });
  } catch (err) {
    patchBrowse(registry, { loading: false, problem: errorMessage(err) });
  }
};

export const openTag = async (
  client: Client,
  registry: string,
  repository: string,
  tag: string,
): Promise<void> => {
  patchBrowse(registry, { tag, detail: null, loading: true, problem: null });
  try {
    const detail = await client.invoke('discover.tag', { registry, repository, tag });
    const current = useDiscoverStore.getState().browse;
    if (current?.repository !== repository || current.tag !== tag) return;
    patchBrowse(registry, { detail, loading: false });
  } catch (err) {
    patchBrowse(registry, { loading: false, problem: errorMessage(err) });
  }
};

/** After a delete: the tag leaves the list and its panel closes. */
export const tagDeleted = (registry: string, repository: string, tag: string): void => {
  const current = useDiscoverStore.getState().browse;
  if (current?.registry !== registry || current.repository !== repository) return;
  patchBrowse(registry, {
    tags: current.tags.filter((t) => t !== tag),
    tag: current.tag === tag ? null : current.tag,
    detail: current.tag === tag ? null : current.detail,
  });
};

export const closeBrowse = (): void => {
  set({ browse: null });
};

/** Docker Hub's API first; when it does not answer, its message and the engine's search. */
export const searchHub = async (client: Client, term: string): Promise<void> => {
  set({ hub: { state: 'searching', term }, hubRepository: null });
  const answer = await client.invoke('discover.hubSearch', { term }).catch((err: unknown) => ({
    available: false as const,
    message: errorMessage(err),
  }));
  if (answer.available) {
    set({ hub: { state: 'hub', term, results: answer.value } });
    return;
  }
  try {
    const results = await client.invoke('images.search', { term, limit: 25 });
    set({ hub: { state: 'engine', term, message: answer.message, results, problem: null } });
  } catch (err) {
    set({ hub: { state: 'engine', term, message: answer.message, results: [], problem: errorMessage(err) } });
  }
};

export const openHubRepository = async (client: Client, repository: string): Promise<void> => {
  const answer = await client.invoke('discover.hubRepository', { repository }).catch((err: unknown) => ({
    available: false as const,
    message: errorMessage(err),
  }));
  if (answer.available) set({ hubRepository: answer.value });
  else setRunStatus(answer.message);
};

export const closeHubRepository = (): void => {
  set({ hubRepository: null });
};
