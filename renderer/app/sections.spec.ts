import { describe, expect, it } from 'vitest';
import { sectionFromHash } from './sections.js';

describe('sectionFromHash', () => {
  it('maps known hashes and falls back to containers', () => {
    expect(sectionFromHash('#/images')).toBe('images');
    expect(sectionFromHash('#/networks')).toBe('networks');
    expect(sectionFromHash('')).toBe('containers');
    expect(sectionFromHash('#/__proto__')).toBe('containers');
  });
});
