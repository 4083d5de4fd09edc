import { describe, expect, it } from 'vitest';
import { hubSummary } from './hub-summary.js';
import { isLoopbackRegistry, parseBrowsableRegistry, registryBaseUrl } from './registry-address.js';

describe('registry addresses', () => {
  it('speaks plain HTTP only to loopback registries, as the engine does by default', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('127.9.9.9')).toBe('http://127.9.9.9');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('[::1]:5000')).toBe('http://[::1]:5000');
    expect(registryBaseUrl('registry.example:5000')).toBe('https://registry.example:5000');
    expect(registryBaseUrl('10.0.0.5:5000')).toBe('https://10.0.0.5:5000');
    expect(isLoopbackRegistry('127.0.0.1.example.com')).toBe(false);
  });

  it('takes a host or a root URL, refuses Docker Hub and other paths', () => {
    expect(parseBrowsableRegistry('https://r.example:5443/v2/')).toEqual({
      ok: true,
      address: 'r.example:5443',
    });
    expect(parseBrowsableRegistry(' 127.0.0.1:5000 ')).toEqual({ ok: true, address: '127.0.0.1:5000' });
    for (const bad of ['', 'docker.io', 'index.docker.io', 'a/../../b', 'r.example/team', 'not a host']) {
      expect(parseBrowsableRegistry(bad).ok).toBe(false);
    }
  });
});

describe('hubSummary', () => {
  it('is the first real paragraph of a readme as plain text', () => {
    const readme = [
      '# Quick reference',
      '',
      '[![badge](https://x/y.svg)](https://x)',
      '',
      '<p>Maintained by: <a href="https://x">the **Docker** Community</a></p> and [its docs](https://docs.example).',
      '',
      'Second paragraph.',
    ].join('\n');
    expect(hubSummary(readme)).toBe('Maintained by: the Docker Community and its docs.');
    expect(hubSummary('')).toBe('');
    expect(hubSummary('x'.repeat(2000)).length).toBe(600);
  });
});
