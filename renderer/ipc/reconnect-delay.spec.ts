import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay.js';

describe('reconnectDelay', () => {
  it('doubles from half a second and stays within [ceiling/2, ceiling]', () => {
    expect(reconnectDelay(1, () => 1)).toBe(500);
    expect(reconnectDelay(2, () => 1)).toBe(1000);
    expect(reconnectDelay(3, () => 0)).toBe(1000);
  });

  it('is capped at ten seconds', () => {
    expect(reconnectDelay(50, () => 1)).toBe(10_000);
  });
});
