import { describe, expect, it } from 'vitest';
import { parseWwwAuthenticate } from './www-authenticate.js';

describe('parseWwwAuthenticate', () => {
  it("reads distribution's Bearer challenge with its realm, service and scope", () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull',
        },
      },
    ]);
  });

  it('reads Basic, token values, escapes, a comma inside quotes and several challenges', () => {
    const parsed = parseWwwAuthenticate(
      'Basic realm="a \\"quoted\\", realm", Bearer realm=https://t.example/token, scope="registry:catalog:* repository:x:pull"',
    );
    expect(parsed.map((c) => c.scheme)).toEqual(['basic', 'bearer']);
    expect(parsed[0]?.params.realm).toBe('a "quoted", realm');
    expect(parsed[1]?.params).toEqual({
      realm: 'https://t.example/token',
      scope: 'registry:catalog:* repository:x:pull',
    });
  });

  it('keeps the first of a repeated parameter and drops what does not parse', () => {
    expect(parseWwwAuthenticate('Bearer realm="a", realm="b"')[0]?.params.realm).toBe('a');
    expect(parseWwwAuthenticate('')).toEqual([]);
    expect(parseWwwAuthenticate('   ,,  ')).toEqual([]);
    expect(parseWwwAuthenticate('Bearer __proto__="x"')[0]?.params.__proto__).toBe('x');
  });
});
