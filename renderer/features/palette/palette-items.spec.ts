import { describe, expect, it } from 'vitest';
import { matchItems, type PaletteItem } from './palette-items.js';

const item = (label: string, kind = 'Container', keywords?: string): PaletteItem => ({
  id: label,
  label,
  kind,
  keywords,
  run: () => undefined,
});

describe('matchItems', () => {
  const items = [
    item('Stop web-1'),
    item('Logs of web-1'),
    item('Images', 'View'),
    item('Open db', 'Container', 'postgres:16 shop'),
    item('web-2', 'Container'),
  ];

  it('keeps items holding every word, in any order and case', () => {
    expect(matchItems(items, 'WEB-1 stop', 10).map((i) => i.label)).toEqual(['Stop web-1']);
    expect(matchItems(items, 'postgres', 10).map((i) => i.label)).toEqual(['Open db']);
    expect(matchItems(items, 'view', 10).map((i) => i.label)).toEqual(['Images']);
    expect(matchItems(items, 'nothing-like-it', 10)).toEqual([]);
  });

  it('puts labels that start with the query first, then word starts', () => {
    expect(matchItems(items, 'web', 10).map((i) => i.label)).toEqual([
      'web-2',
      'Stop web-1',
      'Logs of web-1',
    ]);
  });

  it('shows the first items for an empty query, up to the limit', () => {
    expect(matchItems(items, '  ', 2).map((i) => i.label)).toEqual(['Stop web-1', 'Logs of web-1']);
  });
});
