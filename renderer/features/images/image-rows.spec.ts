import { describe, expect, it } from 'vitest';
import type { ImageSummary } from '../../../shared/contract/images.js';
import { imageRows, shortId, splitTag, usersText } from './image-rows.js';

const image = (id: string, repoTags: string[], extra: Partial<ImageSummary> = {}): ImageSummary => ({
  id: `sha256:${id.padEnd(64, '0')}`,
  repoTags,
  repoDigests: [],
  size: 1000,
  created: 1,
  labels: {},
  dangling: repoTags.length === 0,
  usedBy: [],
  ...extra,
});

const images = [
  image('aaa', ['busybox:latest', '127.0.0.1:5000/bb:1'], {
    created: 3,
    usedBy: [{ id: 'c1', name: 'web', state: 'running' }],
  }),
  image('bbb', [], { created: 2 }),
  image('ccc', ['app:2'], { created: 1 }),
];

describe('imageRows', () => {
  it('lists one row per name, newest image first, <none> for a dangling one', () => {
    expect(imageRows(images, 'all', '').map((row) => `${row.repository}:${row.tag}`)).toEqual([
      'busybox:latest',
      '127.0.0.1:5000/bb:1',
      '<none>:<none>',
      'app:2',
    ]);
  });

  it('filters in use, unused and dangling', () => {
    expect(imageRows(images, 'in-use', '').map((row) => row.reference)).toEqual([
      'busybox:latest',
      '127.0.0.1:5000/bb:1',
    ]);
    expect(imageRows(images, 'unused', '').map((row) => row.reference)).toEqual([null, 'app:2']);
    expect(imageRows(images, 'dangling', '').map((row) => row.image.id)).toEqual([images[1]?.id]);
  });

  it('searches repository, tag, id and the containers using it', () => {
    expect(imageRows(images, 'all', '5000').map((row) => row.reference)).toEqual(['127.0.0.1:5000/bb:1']);
    expect(imageRows(images, 'all', 'WEB')).toHaveLength(2);
    expect(imageRows(images, 'all', 'ccc')).toHaveLength(1);
    expect(imageRows(images, 'all', 'nothing')).toEqual([]);
  });
});

describe('names', () => {
  it('keeps a registry port out of the tag', () => {
    expect(splitTag('127.0.0.1:5000/app:1')).toEqual({ repository: '127.0.0.1:5000/app', tag: '1' });
    expect(splitTag('127.0.0.1:5000/app')).toEqual({ repository: '127.0.0.1:5000/app', tag: '' });
    expect(shortId('sha256:0123456789abcdef')).toBe('0123456789ab');
    expect(usersText(images[0] as ImageSummary)).toBe('web');
  });
});
