import { describe, expect, it } from 'vitest';
import type { EngineSlice } from '../../../shared/contract/channels/engines.js';
import type { ImageList, ImageSummary } from '../../../shared/contract/images.js';
import { splitQualified } from '../../lib/engine-routing.js';
import { mergeImageSlices } from './merged-images.js';

const image = (id: string): ImageSummary => ({
  id,
  repoTags: [`app:${id.slice(-1)}`],
  repoDigests: [],
  size: 10,
  created: 1,
  labels: {},
  dangling: false,
  usedBy: [],
});

const slice = (engine: string, patch: Partial<EngineSlice<ImageList>>): EngineSlice<ImageList> => ({
  engine,
  label: engine,
  state: 'live',
  at: 5,
  reason: null,
  data: { images: [image('sha256:a')], diskUse: 100 },
  ...patch,
});

describe('merged images', () => {
  const slices = [
    slice('default', {}),
    slice('ctx:build', {
      state: 'last-known',
      reason: 'connection refused',
      data: { images: [image('sha256:a'), image('sha256:b')], diskUse: 50 },
    }),
    slice('podman:run-podman', { state: 'unavailable', at: null, reason: 'no socket', data: null }),
  ];

  it('keys each image by its engine, so the same image on two engines is two rows', () => {
    const list = mergeImageSlices({ slices }, ['default', 'ctx:build', 'podman:run-podman']);
    expect(list.images.map((i) => i.id)).toEqual([
      'sha256:a@default',
      'sha256:a@ctx:build',
      'sha256:b@ctx:build',
    ]);
    expect(splitQualified(list.images[1]?.id ?? '')).toEqual({ id: 'sha256:a', engine: 'ctx:build' });
    expect(list.diskUse).toBe(150);
  });

  it('shows only the filtered engines, and no disk use when none reported one', () => {
    expect(mergeImageSlices({ slices }, ['podman:run-podman'])).toEqual({ images: [], diskUse: null });
  });
});
