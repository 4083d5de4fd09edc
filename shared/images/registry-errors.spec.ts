import { describe, expect, it } from 'vitest';
import { describeRegistryError, isUnreachable } from './registry-errors.js';
import { describeSearchError } from './search-results.js';

/** Messages as the engine (20.10) words them, with hosts, ports and names that look like causes. */
const REFUSED_44401 =
  'Get "http://127.0.0.1:44401/v2/": dial tcp 127.0.0.1:44401: connect: connection refused';

describe('registry errors are classified by structure, not by digits or names in the message', () => {
  it('a refused registry on a port containing 401 is "nothing answers there"', () => {
    const plain = describeRegistryError(REFUSED_44401, '127.0.0.1:44401', '127.0.0.1:44401/a:b');
    expect(plain).toEqual({
      code: 'ENGINE_ERROR',
      message: 'Cannot reach the registry 127.0.0.1:44401: nothing answers there (connection refused).',
      text: { key: 'registryRefused', params: { registry: '127.0.0.1:44401' } },
    });
  });

  it.each([
    // A repository or host named like a cause, inside a quoted URL or a reference.
    [
      'Head "http://127.0.0.1:5000/v2/unauthorized/manifests/401": dial tcp 127.0.0.1:5000: connect: connection refused',
      'ENGINE_ERROR',
      'nothing answers there',
    ],
    [
      'manifest for 127.0.0.1:5000/connection-refused:401 not found: manifest unknown: manifest unknown',
      'NOT_FOUND',
      'does not exist',
    ],
    [
      'Get "http://no-such-host.denied:401/v2/": dial tcp: lookup no-such-host.denied: no such host',
      'ENGINE_ERROR',
      'no such host',
    ],
    // The engine's own phrases, as whole parts of the chain.
    ['no basic auth credentials', 'UNAUTHORIZED', 'log in to'],
    [
      'Head "http://127.0.0.1:5000/v2/a/manifests/b": unauthorized: authentication required',
      'UNAUTHORIZED',
      'log in to',
    ],
    ['denied: requested access to the resource is denied', 'UNAUTHORIZED', 'log in to'],
    [
      "pull access denied for someone/private, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      'UNAUTHORIZED',
      'log in to',
    ],
    [
      'login attempt to http://127.0.0.1:44401/v2/ failed with status: 401 Unauthorized',
      'UNAUTHORIZED',
      'log in to',
    ],
    ['errors:\nunauthorized: authentication required\n', 'UNAUTHORIZED', 'log in to'],
    [
      'Get "https://10.0.0.1:5000/v2/": dial tcp 10.0.0.1:5000: i/o timeout',
      'ENGINE_ERROR',
      'the network does not answer',
    ],
    [
      'Get "https://127.0.0.1:5000/v2/": http: server gave HTTP response to HTTPS client',
      'ENGINE_ERROR',
      'plain HTTP',
    ],
    // Words that merely contain a phrase are not that phrase.
    ['received unauthorized-looking data from 401.example', 'ENGINE_ERROR', 'unauthorized-looking'],
  ])('%s', (message, code, words) => {
    const plain = describeRegistryError(message, '127.0.0.1:5000', 'x');
    expect(plain.code).toBe(code);
    expect(plain.message).toContain(words);
  });

  it('an HTTP 401 from the engine is a login question whatever the words', () => {
    expect(describeRegistryError('login failed', 'r.example', 'Login', { status: 401 }).code).toBe(
      'UNAUTHORIZED',
    );
    expect(describeRegistryError(REFUSED_44401, 'r.example', 'Login', { status: 500 }).code).toBe(
      'ENGINE_ERROR',
    );
  });

  it('search calls the engine offline for unreachable hosts only', () => {
    expect(
      isUnreachable(
        'Get "https://index.docker.io/v1/search?q=x&n=5": dial tcp: lookup index.docker.io on 10.0.0.53:53: no such host',
      ),
    ).toBe(true);
    expect(isUnreachable(REFUSED_44401)).toBe(true);
    expect(describeSearchError('Unexpected status 503 from "https://no-such-host.example/"')).toBe(
      'Docker Hub search failed: Unexpected status 503 from "https://no-such-host.example/"',
    );
  });
});
