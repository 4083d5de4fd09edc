import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createOpenExternal } from './open-external.js';

const setup = (answer: number) => {
  const shown: MessageBoxOptions[] = [];
  const opened: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const openExternal = createOpenExternal({
    confirm: async (options) => {
      shown.push(options);
      await gate;
      return { response: answer };
    },
    open: (href) => {
      opened.push(href);
      return Promise.resolve();
    },
  });
  return { openExternal, shown, opened, release };
};

describe('createOpenExternal', () => {
  it('shows the full URL with Open and Cancel, and opens it only after Open', async () => {
    const { openExternal, shown, opened, release } = setup(0);
    const url = new URL('https://docs.docker.com/engine/reference/run/?q=1#ports');
    const pending = openExternal(url);
    expect(opened).toEqual([]);
    release();
    await expect(pending).resolves.toBe(true);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.detail).toBe('https://docs.docker.com/engine/reference/run/?q=1#ports');
    expect(shown[0]?.buttons).toEqual(['Open', 'Cancel']);
    expect(shown[0]?.cancelId).toBe(1);
    expect(shown[0]?.defaultId).toBe(1);
    expect(opened).toEqual([url.href]);
  });

  it('opens nothing when the user cancels', async () => {
    const { openExternal, opened, release } = setup(1);
    release();
    await expect(openExternal(new URL('http://localhost:8080/'))).resolves.toBe(false);
    expect(opened).toEqual([]);
  });

  it('shows look-alike hosts in their ASCII form', async () => {
    const { openExternal, shown, release } = setup(1);
    release();
    await openExternal(new URL('https://dоcker.com/')); // Cyrillic "о"
    expect(shown[0]?.detail).toBe('https://xn--dcker-jye.com/');
  });

  it('declines requests while a confirmation is already open, then asks again', async () => {
    const { openExternal, shown, opened, release } = setup(0);
    const first = openExternal(new URL('https://a.example/'));
    await expect(openExternal(new URL('https://b.example/'))).resolves.toBe(false);
    expect(shown).toHaveLength(1);
    release();
    await expect(first).resolves.toBe(true);
    await expect(openExternal(new URL('https://c.example/'))).resolves.toBe(true);
    expect(opened).toEqual(['https://a.example/', 'https://c.example/']);
  });
});
