import { memo } from 'react';
import { Checkbox } from '../../ui/Checkbox.js';
import { Icon } from '../../ui/icons.js';
import { openProjectLogs } from '../project-logs/index.js';
import type { GroupRow } from './container-rows.js';
import { setManySelected, toggleCollapsed, useContainersStore } from './containers-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { sameGroupRow, type GroupRowProps } from './group-row-props.js';
import { useKeyName } from '../engine/index.js';

type GroupRowViewProps = GroupRowProps<GroupRow>;

/** A compose project's header: select its containers, fold them away, see how many run, open their logs. */
export const GroupRowView = memo(function GroupRowView({ row, index, top, active }: GroupRowViewProps) {
  const t = useT(messages);
  // The key may name the project's engine ("All engines"); people read "web on beng1".
  const name = useKeyName(row.project);
  const selectedCount = useContainersStore((s) =>
    row.ids.reduce((n, id) => (s.selected.has(id) ? n + 1 : n), 0),
  );
  const tabIndex = active ? 0 : -1;
  const all = selectedCount === row.ids.length;
  return (
    <div
      role="row"
      aria-label={t('projectRow', { name })}
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={tabIndex}
      className="row group-row"
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" className="cell cell-select">
        <Checkbox
          label={t('selectProject', { name })}
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
          <span className="muted">{t('project')}</span> <SafeText text={name} />
        </button>
        <span className="group-count">{t('groupRunning', { running: row.running, total: row.total })}</span>
        <button
          type="button"
          className="button ghost group-logs"
          aria-label={t('projectLogs', { name })}
          tabIndex={tabIndex}
          onClick={() => {
            openProjectLogs(row.project);
          }}
        >
          {t('logs')}
        </button>
      </div>
    </div>
  );
}, sameGroupRow);
