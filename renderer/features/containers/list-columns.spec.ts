import { describe, expect, it } from 'vitest';
import { gridTemplate, LIST_COLUMNS, visibleColumns } from './list-columns.js';

describe('list columns', () => {
  it('leaves out hidden columns, never the name or the actions, and builds the row template from the rest', () => {
    const shown = visibleColumns(new Set(['memory', 'ports', 'name', 'actions', 'unknown']));
    expect(shown.map((c) => c.key)).toEqual([
      'name',
      'image',
      'state',
      'status',
      'cpu',
      'created',
      'actions',
    ]);
    expect(gridTemplate(shown).split(' 1').length).toBeGreaterThan(1);
    expect(gridTemplate(visibleColumns(new Set()))).toBe(
      ['40px', ...LIST_COLUMNS.map((c) => c.width)].join(' '),
    );
    expect(gridTemplate(shown)).not.toContain('84px');
  });
});
