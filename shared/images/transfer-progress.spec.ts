import { describe, expect, it } from 'vitest';
import { describeRegistryError } from './registry-errors.js';
import { describeSearchError, toSearchResults } from './search-results.js';
import { TransferProgress } from './transfer-progress.js';

describe('TransferProgress', () => {
  it('folds a pull into per-layer bytes and an overall byte count that reaches the total', () => {
    const progress = new TransferProgress();
    expect(progress.apply({ id: 'probe', status: 'Pulling from berth-test/bb' })).toEqual({
      line: 'probe: Pulling from berth-test/bb',
    });
    progress.apply({ id: 'aaaaaaaaaaaa', status: 'Already exists' });
    progress.apply({ id: 'bbbbbbbbbbbb', status: 'Pulling fs layer' });
    const step = progress.apply({
      id: 'bbbbbbbbbbbb',
      status: 'Downloading',
      progressDetail: { current: 400, total: 1000 },
    });
    expect(step.item).toEqual({
      id: 'bbbbbbbbbbbb',
      label: 'bbbbbbbbbbbb',
      status: 'Downloading',
      current: 400,
      total: 1000,
    });
    expect(progress.overall()).toEqual({ current: 400, total: 1000 });
    progress.apply({ id: 'bbbbbbbbbbbb', status: 'Download complete' });
    // Extraction counts from zero again; the download must not go backwards.
    progress.apply({
      id: 'bbbbbbbbbbbb',
      status: 'Extracting',
      progressDetail: { current: 10, total: 1000 },
    });
    expect(progress.overall()).toEqual({ current: 1000, total: 1000 });
    progress.apply({ id: 'bbbbbbbbbbbb', status: 'Pull complete' });
    expect(progress.apply({ status: 'Status: Downloaded newer image for x' })).toEqual({
      line: 'Status: Downloaded newer image for x',
    });
    expect(progress.overall()).toEqual({ current: 1000, total: 1000 });
    expect(progress.layerCount).toBe(2);
    expect(progress.error).toBeNull();
  });

  it('keeps the first error of the stream, from errorDetail or error', () => {
    const progress = new TransferProgress();
    expect(progress.apply({ errorDetail: { message: 'no basic auth credentials' }, error: 'x' })).toEqual({
      line: 'error: no basic auth credentials',
    });
    progress.apply({ error: 'later' });
    expect(progress.error).toBe('no basic auth credentials');
  });

  it('reads the pushed digest and ignores junk numbers', () => {
    const progress = new TransferProgress();
    progress.apply({
      id: 'cccccccccccc',
      status: 'Pushing',
      progressDetail: { current: -5, total: Number.NaN },
    });
    expect(progress.overall()).toEqual({ current: 0, total: null });
    progress.apply({ id: 'cccccccccccc', status: 'Pushed' });
    progress.apply({ aux: { Tag: 't', Digest: 'sha256:abc' } });
    expect(progress.digest).toBe('sha256:abc');
    expect(progress.overall()).toEqual({ current: 0, total: 0 });
  });
});

describe('registry errors in plain words', () => {
  const reg = '127.0.0.1:5000';
  it.each([
    ['no basic auth credentials', 'UNAUTHORIZED', 'log in to 127.0.0.1:5000'],
    ['Head "http://x/v2/a/manifests/b": unauthorized: authentication required', 'UNAUTHORIZED', 'log in to'],
    [
      'manifest for 127.0.0.1:5000/a:b not found: manifest unknown: manifest unknown',
      'NOT_FOUND',
      'does not exist',
    ],
    [
      'Get "http://127.0.0.1:5999/v2/": dial tcp 127.0.0.1:5999: connect: connection refused',
      'ENGINE_ERROR',
      'connection refused',
    ],
    [
      'Get "https://nosuch.invalid/v2/": dial tcp: lookup nosuch.invalid: no such host',
      'ENGINE_ERROR',
      'no such host',
    ],
    ['http: server gave HTTP response to HTTPS client', 'ENGINE_ERROR', 'plain HTTP'],
    ['something new', 'ENGINE_ERROR', 'something new'],
  ])('%s', (message, code, words) => {
    const plain = describeRegistryError(message, reg, 'x');
    expect(plain.code).toBe(code);
    expect(plain.message).toContain(words);
  });
});

describe('Docker Hub search', () => {
  it('types a recorded /images/search answer', () => {
    const recorded: unknown = [
      {
        star_count: 3000,
        is_official: true,
        name: 'busybox',
        is_automated: false,
        description: 'Busybox base image.',
      },
      { star_count: 12, is_official: false, name: 'someone/busybox', is_automated: true, description: '' },
      { name: 42 },
      null,
    ];
    expect(toSearchResults(recorded)).toEqual([
      { name: 'busybox', description: 'Busybox base image.', stars: 3000, official: true, automated: false },
      { name: 'someone/busybox', description: '', stars: 12, official: false, automated: true },
    ]);
    expect(toSearchResults({ message: 'x' })).toEqual([]);
  });

  it('says the engine is offline when it cannot reach the index', () => {
    expect(
      describeSearchError(
        'Get "https://index.docker.io/v1/search?q=x&n=5": dial tcp: lookup index.docker.io: no such host',
      ),
    ).toContain('Docker Hub cannot be reached from the engine');
    expect(describeSearchError('Unexpected status 503')).toBe(
      'Docker Hub search failed: Unexpected status 503',
    );
  });
});
