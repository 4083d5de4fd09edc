import { describe, expect, it } from 'vitest';
import { chunkLoader } from './use-chunk.js';

describe('chunkLoader', () => {
  it('fetches once, then has the value at hand without waiting', async () => {
    let fetches = 0;
    const loader = chunkLoader(() => Promise.resolve(++fetches));
    expect(loader.get()).toBeNull();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect([a, b, fetches]).toEqual([1, 1, 1]);
    expect(loader.get()).toBe(1);
    await loader.load();
    expect(fetches).toBe(1);
  });

  it('forgets a failed fetch, so the next load asks again', async () => {
    let fetches = 0;
    const loader = chunkLoader(() =>
      ++fetches === 1 ? Promise.reject(new Error('cut off')) : Promise.resolve('view'),
    );
    await expect(loader.load()).rejects.toThrow('cut off');
    expect(loader.get()).toBeNull();
    await expect(loader.load()).resolves.toBe('view');
    expect([loader.get(), fetches]).toEqual(['view', 2]);
  });
});
