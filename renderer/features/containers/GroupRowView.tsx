import { memo } from 'react';
import { Checkbox } from '../../ui/Checkbox.js';
import { Icon } from '../../ui/icons.js';
import { openProjectLogs } from '../project-logs/index.js';
import type { GroupRow } from './container-rows.js';
import { setManySelected, toggleCollapsed, useContainersStore } from './containers-store.js';
import { SafeText } from '../../ui/SafeText.js';

interface GroupRowViewProps {
  readonly row: GroupRow;
  readonly index: number;
  readonly top: number;
  readonly active: boolean;
}

const same = (a: GroupRowViewProps, b: GroupRowViewProps): boolean =>
  a.index === b.index &&
  a.top === b.top &&
  a.active === b.active &&
  a.row.project === b.row.project &&
  a.row.running === b.row.running &&
  a.row.total === b.row.total &&
  a.row.collapsed === b.row.collapsed &&
  a.row.ids.length === b.row.ids.length &&
  a.row.ids.every((id, i) => id === b.row.ids[i]);

/** A compose project's header: select its containers, fold them away, see how many run, open their logs. */
export const GroupRowView = memo(function GroupRowView({ row, index, top, active }: GroupRowViewProps) {
  const selectedCount = useContainersStore((s) =>
    row.ids.reduce((n, id) => (s.selected.has(id) ? n + 1 : n), 0),
  );
  const tabIndex = active ? 0 : -1;
  const all = selectedCount === row.ids.length;
  return (
    <div
      role="row"
      aria-label={`project ${row.project}`}
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={tabIndex}
      className="row group-row"
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" className="cell cell-select">
        <Checkbox
          label={`Select project ${row.project}`}
          checked={all}
          indeterminate={selectedCount > 0 && !all}
          tabIndex={tabIndex}
          onChange={(on) => {
            setManySelected(row.ids, on);
          }}
        />
      </div>
      <div role="gridcell" className="cell cell-group" aria-colspan={7}>
        <button
          type="button"
          className="group-toggle"
          aria-expanded={!row.collapsed}
          tabIndex={tabIndex}
          onClick={() => {
            toggleCollapsed(row.project);
          }}
        >
          <Icon name="chevron" />
          <span className="muted">project</span> <SafeText text={row.project} />
        </button>
        <span className="group-count">
          {row.running}/{row.total} running
        </span>
        <button
          type="button"
          className="button ghost group-logs"
          aria-label={`Logs of project ${row.project}`}
          tabIndex={tabIndex}
          onClick={() => {
            openProjectLogs(row.project);
          }}
        >
          Logs
        </button>
      </div>
    </div>
  );
}, same);
