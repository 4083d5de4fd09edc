import type { GroupRow, UserGroupRow } from './container-rows.js';

/** What a group header (a compose project's or the user's own) is drawn from. */
export interface GroupRowProps<Row extends GroupRow | UserGroupRow> {
  readonly row: Row;
  readonly index: number;
  readonly top: number;
  readonly active: boolean;
}

/**
 * Headers are rebuilt with every list change; one redraws only when what it shows changed. The
 * key names the group (and, for a project, its engine), so two groups never compare equal.
 */
export const sameGroupRow = <Row extends GroupRow | UserGroupRow>(
  a: GroupRowProps<Row>,
  b: GroupRowProps<Row>,
): boolean =>
  a.index === b.index &&
  a.top === b.top &&
  a.active === b.active &&
  a.row.key === b.row.key &&
  a.row.running === b.row.running &&
  a.row.total === b.row.total &&
  a.row.collapsed === b.row.collapsed &&
  a.row.ids.length === b.row.ids.length &&
  a.row.ids.every((id, i) => id === b.row.ids[i]);
