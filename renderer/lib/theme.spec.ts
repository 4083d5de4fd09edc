import { describe, expect, it } from 'vitest';
import { resolveScheme, terminalLookFor, terminalTheme } from './theme.js';

describe('resolveScheme', () => {
  it('follows the OS for "system" and the choice otherwise', () => {
    expect(resolveScheme('system', true)).toBe('dark');
    expect(resolveScheme('system', false)).toBe('light');
    expect(resolveScheme('light', true)).toBe('light');
    expect(resolveScheme('dark', false)).toBe('dark');
  });
});

describe('terminalLookFor', () => {
  it('gives terminals a light palette in the light theme and a dark one in the dark theme', () => {
    expect(terminalLookFor('light', undefined).theme.background).toBe('#ffffff');
    expect(terminalLookFor('dark', undefined).theme.background).toBe('#15181d');
    expect(terminalTheme('light').foreground).not.toBe(terminalTheme('dark').foreground);
  });

  it('puts the chosen font first and keeps monospace fallbacks', () => {
    const look = terminalLookFor('dark', {
      theme: 'dark',
      terminalFontFamily: 'Fira Code',
      terminalFontSize: 16,
    });
    expect(look.fontFamily.startsWith('Fira Code, ')).toBe(true);
    expect(look.fontFamily.endsWith('monospace')).toBe(true);
    expect(look.fontSize).toBe(16);
    expect(terminalLookFor('dark', undefined).fontSize).toBe(13);
  });
});
