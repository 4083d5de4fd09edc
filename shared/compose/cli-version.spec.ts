import { describe, expect, it } from 'vitest';
import { composeFlavour, parseComposeVersion } from './cli-version.js';

describe('parseComposeVersion', () => {
  it('reads what v1 and v2 print for `version --short`', () => {
    expect(parseComposeVersion('1.29.2\n')).toBe('1.29.2');
    expect(parseComposeVersion('2.29.1\n')).toBe('2.29.1');
    expect(parseComposeVersion('v2.24.6-desktop.1\n')).toBe('2.24.6-desktop.1');
    expect(parseComposeVersion('  2.5\r\n')).toBe('2.5');
  });

  it('refuses anything that is not a version: a docker CLI without the plugin, noise, empty output', () => {
    expect(parseComposeVersion('unknown flag: --short\n\nUsage:  docker [OPTIONS] COMMAND')).toBeNull();
    expect(parseComposeVersion("docker: 'compose' is not a docker command.")).toBeNull();
    expect(parseComposeVersion('')).toBeNull();
    expect(parseComposeVersion('Docker Compose version v2.29.1')).toBeNull();
    expect(parseComposeVersion('1.2.3; rm -rf /')).toBeNull();
    expect(parseComposeVersion(`1.2.3-${'a'.repeat(100)}`)).toBeNull();
  });
});

describe('composeFlavour', () => {
  it('is v1 for 1.x and v2 for anything later', () => {
    expect(composeFlavour('1.29.2')).toBe('v1');
    expect(composeFlavour('2.0.0')).toBe('v2');
    expect(composeFlavour('3.1.0')).toBe('v2');
  });
});
