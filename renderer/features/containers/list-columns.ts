/**
 * The containers list's columns. Name, the selection and the actions always show; the others can be
 * hidden (kept in the settings by these keys). Widths must stay the grid's: the row template is built
 * from the columns that show.
 */
export const LIST_COLUMNS = [
  { key: 'name', header: 'Name', width: 'minmax(140px, 2fr)' },
  { key: 'image', header: 'Image', width: 'minmax(120px, 1.6fr)' },
  { key: 'state', header: 'State', width: '110px' },
  { key: 'status', header: 'Status', width: 'minmax(120px, 1.3fr)' },
  { key: 'cpu', header: 'CPU', width: '64px' },
  { key: 'memory', header: 'Memory', width: '84px' },
  { key: 'ports', header: 'Ports', width: 'minmax(120px, 1.3fr)' },
  { key: 'created', header: 'Created', width: '130px' },
  { key: 'actions', header: 'Actions', width: '210px' },
] as const;

export type ListColumn = (typeof LIST_COLUMNS)[number];
export type ColumnKey = ListColumn['key'];

export const HIDEABLE: readonly ColumnKey[] = [
  'image',
  'state',
  'status',
  'cpu',
  'memory',
  'ports',
  'created',
];

export const visibleColumns = (hidden: ReadonlySet<string>): readonly ListColumn[] =>
  LIST_COLUMNS.filter((c) => !hidden.has(c.key) || !HIDEABLE.includes(c.key));

/** The row template: the selection box, then the columns that show. */
export const gridTemplate = (columns: readonly ListColumn[]): string =>
  ['40px', ...columns.map((c) => c.width)].join(' ');
