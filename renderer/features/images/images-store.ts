import { create } from 'zustand';
import type { ImageList, ImageSummary } from '../../../shared/contract/images.js';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import type { ImageFilter } from './image-rows.js';

export interface ImagesState {
  readonly images: readonly ImageSummary[];
  readonly diskUse: number | null;
  readonly loaded: boolean;
  /** Why the last refresh failed; the list keeps what it had. */
  readonly problem: string | null;
  readonly filter: ImageFilter;
  readonly search: string;
  /** Selected image ids. */
  readonly selected: ReadonlySet<string>;
  /** The image whose detail panel is open. */
  readonly detailId: string | null;
  /** Pull and push tasks, newest first, as the backend reports them. */
  readonly transfers: readonly TaskSummary[];
  /** Image ids the remove dialog is open for. */
  readonly removing: readonly string[] | null;
}

const initialState: ImagesState = {
  images: [],
  diskUse: null,
  loaded: false,
  problem: null,
  filter: 'all',
  search: '',
  selected: new Set(),
  detailId: null,
  transfers: [],
  removing: null,
};

export const useImagesStore = create<ImagesState>()(() => initialState);

export const applyImageList = (list: ImageList): void => {
  useImagesStore.setState((s) => {
    const ids = new Set(list.images.map((image) => image.id));
    const selected = [...s.selected].every((id) => ids.has(id))
      ? s.selected
      : new Set([...s.selected].filter((id) => ids.has(id)));
    return {
      images: list.images,
      diskUse: list.diskUse,
      loaded: true,
      problem: null,
      selected,
      detailId: s.detailId !== null && ids.has(s.detailId) ? s.detailId : null,
    };
  });
};

export const setProblem = (problem: string): void => {
  useImagesStore.setState({ problem });
};

export const setFilter = (filter: ImageFilter): void => {
  useImagesStore.setState({ filter });
};

export const setSearch = (search: string): void => {
  useImagesStore.setState({ search });
};

export const setSelected = (id: string, on: boolean): void => {
  useImagesStore.setState((s) => {
    if (s.selected.has(id) === on) return s;
    const selected = new Set(s.selected);
    if (on) selected.add(id);
    else selected.delete(id);
    return { selected };
  });
};

export const setManySelected = (ids: readonly string[], on: boolean): void => {
  useImagesStore.setState((s) => {
    const selected = new Set(s.selected);
    for (const id of ids) {
      if (on) selected.add(id);
      else selected.delete(id);
    }
    return { selected };
  });
};

export const openDetail = (id: string | null): void => {
  useImagesStore.setState({ detailId: id });
};

const MAX_TRANSFERS = 20;

/** Keeps pull and push tasks (from `images.pull`/`push` answers, `tasks.list` and `tasks.changed`). */
export const applyTask = (task: TaskSummary): void => {
  if (task.kind !== 'pull' && task.kind !== 'push') return;
  useImagesStore.setState((s) => {
    const others = s.transfers.filter((item) => item.id !== task.id);
    const known = s.transfers.some((item) => item.id === task.id);
    const transfers = known
      ? s.transfers.map((item) => (item.id === task.id ? task : item))
      : [task, ...others].slice(0, MAX_TRANSFERS);
    return { transfers };
  });
};

export const forgetTask = (id: string): void => {
  useImagesStore.setState((s) => ({ transfers: s.transfers.filter((task) => task.id !== id) }));
};

export const openRemove = (ids: readonly string[]): void => {
  useImagesStore.setState({ removing: ids.length > 0 ? ids : null });
};

export const closeRemove = (): void => {
  useImagesStore.setState({ removing: null });
};
