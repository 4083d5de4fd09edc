import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from './i18n/index.js';
import { config, z } from './zod-configured.js';

// The bundle resolves `zod` to this module (renderer/vite.config.ts); the specs import it directly.
describe('zod as the renderer configures it', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('never compiles with eval: our CSP reports even the probe', () => {
    expect(config().jitless).toBe(true);
  });

  it("words its own issues in the reader's language, following a change", async () => {
    const name = z.string().min(2);
    expect(name.safeParse('a').error?.issues[0]?.message).toBe(
      'Too small: expected string to have >=2 characters',
    );
    await setLanguage('zh-CN');
    expect(name.safeParse('a').error?.issues[0]?.message).toMatch(/字符/);
    await setLanguage('en');
    expect(name.safeParse('a').error?.issues[0]?.message).toMatch(/^Too small/);
  });
});
