import type { ImageSummary } from '../../../shared/contract/images.js';

export type ImageFilter = 'all' | 'in-use' | 'unused' | 'dangling';

/** One line of the list: an image under one of its names (or `<none>` when it has none). */
export interface ImageRow {
  readonly key: string;
  readonly image: ImageSummary;
  readonly repository: string;
  readonly tag: string;
  /** `repo:tag`, or null for a dangling image. */
  readonly reference: string | null;
}

export const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

/** `127.0.0.1:5000/app:1` → repository `127.0.0.1:5000/app`, tag `1` (the port's colon stays). */
export const splitTag = (reference: string): { repository: string; tag: string } => {
  const colon = reference.lastIndexOf(':');
  return colon > reference.lastIndexOf('/')
    ? { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) }
    : { repository: reference, tag: '' };
};

const matchesFilter = (image: ImageSummary, filter: ImageFilter): boolean => {
  switch (filter) {
    case 'all':
      return true;
    case 'in-use':
      return image.usedBy.length > 0;
    case 'unused':
      return image.usedBy.length === 0;
    case 'dangling':
      return image.dangling;
  }
};

/** Rows for the list: filtered, searched (repository, tag, id, users), newest first. */
export const imageRows = (
  images: readonly ImageSummary[],
  filter: ImageFilter,
  search: string,
): readonly ImageRow[] => {
  const needle = search.trim().toLowerCase();
  const rows: ImageRow[] = [];
  const sorted = [...images].sort((a, b) => b.created - a.created || a.id.localeCompare(b.id));
  for (const image of sorted) {
    if (!matchesFilter(image, filter)) continue;
    const names: (string | null)[] = image.repoTags.length > 0 ? [...image.repoTags] : [null];
    for (const reference of names) {
      const { repository, tag } = reference ? splitTag(reference) : { repository: '<none>', tag: '<none>' };
      if (needle) {
        const haystack = [
          reference ?? repository,
          shortId(image.id),
          ...image.usedBy.map((user) => user.name),
        ]
          .join(' ')
          .toLowerCase();
        if (!haystack.includes(needle)) continue;
      }
      rows.push({ key: `${image.id}|${reference ?? ''}`, image, repository, tag, reference });
    }
  }
  return rows;
};

/** Sum of sizes (each image once), for when the engine gives no disk-use figure. */
export const sizeOfAll = (images: readonly ImageSummary[]): number =>
  images.reduce((sum, image) => sum + image.size, 0);

export const usersText = (image: ImageSummary): string =>
  image.usedBy.length === 0 ? '' : image.usedBy.map((user) => user.name || shortId(user.id)).join(', ');
