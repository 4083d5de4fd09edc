import { describe, expect, it } from 'vitest';
import { reloadOnce } from './chunk-reload.js';

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
};

describe('chunk reload', () => {
  it('reloads once, then not again within 30 s, then again after', () => {
    const storage = memoryStorage();
    let reloads = 0;
    const reload = () => {
      reloads++;
    };
    expect(reloadOnce({ now: 1_000_000, storage, reload })).toBe(true);
    expect(reloadOnce({ now: 1_020_000, storage, reload })).toBe(false);
    expect(reloadOnce({ now: 1_031_000, storage, reload })).toBe(true);
    expect(reloads).toBe(2);
  });
});
