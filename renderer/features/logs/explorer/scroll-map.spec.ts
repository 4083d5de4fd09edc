import { describe, expect, it } from 'vitest';
import { MAX_PX, ROW_PX, scrollMap } from './scroll-map.js';

describe('scrollMap', () => {
  it('maps rows one to one while they fit', () => {
    const map = scrollMap(1000, 180);
    expect(map.scaled).toBe(false);
    expect(map.spacer).toBe(1000 * ROW_PX);
    expect(map.at(ROW_PX * 500 + 3)).toEqual({ row: 500, top: 500 * ROW_PX });
  });

  it('reaches the first, the middle and the last row of millions', () => {
    const rows = 6_000_000;
    const map = scrollMap(rows, 180);
    expect(map.scaled).toBe(true);
    expect(map.spacer).toBe(MAX_PX);
    expect(map.at(0).row).toBe(0);
    expect(map.at(MAX_PX - 180).row).toBe(rows - 10);
    const middle = map.at(map.scrollFor(3_000_000)).row;
    expect(Math.abs(middle - (3_000_000 - 3))).toBeLessThanOrEqual(2);
  });
});
