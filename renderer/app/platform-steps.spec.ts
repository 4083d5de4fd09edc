import { describe, expect, it } from 'vitest';
import { detectPlatform } from './platform-steps.js';

describe('detectPlatform', () => {
  it('reads the OS from what the browser says', () => {
    expect(
      detectPlatform({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36' }),
    ).toBe('mac');
    expect(detectPlatform({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' })).toBe('windows');
    expect(detectPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe('linux');
  });

  it('prefers the client hint when the browser gives one', () => {
    expect(
      detectPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', userAgentData: { platform: 'macOS' } }),
    ).toBe('mac');
  });
});
