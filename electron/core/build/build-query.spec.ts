import { describe, expect, it } from 'vitest';
import { DockerignoreMatcher } from '../../../shared/build/dockerignore.js';
import type { BuildContext } from './build-context.js';
import { buildQuery } from './build-run.js';
import { saveFilename } from './image-tar.js';

const context: BuildContext = {
  root: '/src/app',
  dockerfilePath: '/src/app/docker/Dockerfile',
  dockerfileName: 'docker/Dockerfile',
  dockerfileInContext: true,
  dockerignore: null,
  matcher: new DockerignoreMatcher([]),
};

const request = {
  contextPath: '/src/app',
  dockerfile: 'docker/Dockerfile',
  tags: [] as string[],
  buildArgs: [] as { key: string; value: string }[],
  labels: [] as { key: string; value: string }[],
  target: '',
  noCache: false,
  pull: false,
};

describe('the /build query', () => {
  it('always removes intermediate containers, even after a failure', () => {
    expect(buildQuery(request, context)).toEqual({
      dockerfile: 'docker/Dockerfile',
      rm: true,
      forcerm: true,
      nocache: false,
      buildargs: {},
      labels: {},
    });
  });

  it('sends every tag, the args and labels as maps, the target, and pull=1', () => {
    expect(
      buildQuery(
        {
          ...request,
          tags: ['app:1', 'app:latest'],
          buildArgs: [{ key: 'A', value: '1' }],
          labels: [{ key: 'l', value: 'v' }],
          target: 'runtime',
          noCache: true,
          pull: true,
        },
        { ...context, dockerfileName: '.dockerfile.0123456789abcdef0123' },
      ),
    ).toEqual({
      dockerfile: '.dockerfile.0123456789abcdef0123',
      rm: true,
      forcerm: true,
      nocache: true,
      buildargs: { A: '1' },
      labels: { l: 'v' },
      t: ['app:1', 'app:latest'],
      target: 'runtime',
      pull: '1',
    });
  });
});

describe('saveFilename', () => {
  it.each([
    [['app:1'], 'berth-images-app-1.tar'],
    [['127.0.0.1:5000/team/web:latest'], 'berth-images-web-latest.tar'],
    [
      ['sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'],
      'berth-images-0123456789ab.tar',
    ],
    [['0123456789ab', 'app'], 'berth-images-0123456789ab-and-1-more.tar'],
    [['a', 'b', 'c'], 'berth-images-a-and-2-more.tar'],
  ])('%j → %s', (refs, name) => {
    expect(saveFilename(refs)).toBe(name);
  });
});
