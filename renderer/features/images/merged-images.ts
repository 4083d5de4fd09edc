import type { MergedList } from '../../../shared/contract/channels/engines.js';
import type { ImageList } from '../../../shared/contract/images.js';
import { qualify } from '../../lib/engine-routing.js';
import { mergeSlices } from '../../lib/merged-slices.js';

/**
 * "All engines" images: the union of the visible engines' slices, ids keyed `<id>@<engine>` so
 * actions route to the engine that holds each. Disk use is the sum of the engines that reported one
 * (each engine's own layers; engines share none), and null only when none did.
 */
export const mergeImageSlices = (merged: MergedList<ImageList>, visible: readonly string[]): ImageList => {
  const images = mergeSlices(
    merged,
    visible,
    (data) => data.images,
    (engine, image) => ({ ...image, id: qualify(engine, image.id) }),
  );
  const shown = new Set(visible);
  let diskUse: number | null = null;
  for (const slice of merged.slices) {
    if (shown.has(slice.engine) && slice.data?.diskUse != null) diskUse = (diskUse ?? 0) + slice.data.diskUse;
  }
  return { images, diskUse };
};
