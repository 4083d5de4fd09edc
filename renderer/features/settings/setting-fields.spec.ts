import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sections } from '../../../shared/settings/settings.js';
import { controlFor, humanise, textValue } from './setting-fields.js';

describe('controlFor', () => {
  it('offers a control for every field of the appearance section, from its schema', () => {
    const { theme, terminalFontFamily, terminalFontSize } = sections.appearance.fields;
    expect(controlFor(theme)).toEqual({ kind: 'choice', options: ['system', 'light', 'dark'] });
    expect(controlFor(terminalFontFamily)).toEqual({ kind: 'text', nullable: false, maxLength: 200 });
    expect(controlFor(terminalFontSize)).toEqual({ kind: 'number', min: 8, max: 32 });
  });

  it('knows booleans and nullable texts, and refuses what a form cannot edit', () => {
    expect(controlFor(z.boolean())).toEqual({ kind: 'boolean' });
    expect(controlFor(sections.engines.fields.defaultEngine)).toEqual({
      kind: 'text',
      nullable: true,
      maxLength: 200,
    });
    expect(controlFor(z.array(z.string()))).toBeNull();
    expect(controlFor(z.record(z.string(), z.number()))).toBeNull();
  });
});

describe('humanise', () => {
  it('words a camelCase key as a sentence', () => {
    expect(humanise('closeToTray')).toBe('Close to tray');
    expect(humanise('startAtLogin')).toBe('Start at login');
    expect(humanise('snake_case-key')).toBe('Snake case key');
  });
});

describe('textValue', () => {
  it('turns an empty nullable text into null and numbers into numbers', () => {
    expect(textValue({ kind: 'text', nullable: true, maxLength: null }, ' ')).toBeNull();
    expect(textValue({ kind: 'text', nullable: false, maxLength: null }, '')).toBe('');
    expect(textValue({ kind: 'number', min: null, max: null }, '14')).toBe(14);
    expect(textValue({ kind: 'number', min: null, max: null }, '')).toBeNaN();
  });
});
