import { memo } from 'react';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { Icon } from '../../ui/icons.js';
import { SafeText } from '../../ui/SafeText.js';
import type { UserGroupRow } from './container-rows.js';
import { setManySelected, useContainersStore } from './containers-store.js';
import { deleteGroup, foldGroup } from './list-preferences.js';
import { reportSaveFailure } from './ListSortHeader.js';
import { messages } from './messages.js';
import { sameGroupRow, type GroupRowProps } from './group-row-props.js';

type UserGroupRowViewProps = GroupRowProps<UserGroupRow>;

/**
 * A group the user made: select its containers, fold them away (remembered in the settings, so the
 * fold survives a reload and a restart), or delete the group (its containers go back to their places).
 */
export const UserGroupRowView = memo(function UserGroupRowView({
  row,
  index,
  top,
  active,
}: UserGroupRowViewProps) {
  const t = useT(messages);
  const client = useClient();
  const selectedCount = useContainersStore((s) =>
    row.ids.reduce((n, id) => (s.selected.has(id) ? n + 1 : n), 0),
  );
  const tabIndex = active ? 0 : -1;
  const all = row.ids.length > 0 && selectedCount === row.ids.length;
  return (
    <div
      role="row"
      aria-label={t('groupRow', { name: row.name })}
      aria-rowindex={index + 2}
      data-index={index}
      tabIndex={tabIndex}
      className="row group-row user-group-row"
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" className="cell cell-select">
        <Checkbox
          label={t('selectGroup', { name: row.name })}
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
            foldGroup(client, row.name, !row.collapsed).catch(reportSaveFailure);
          }}
        >
          <Icon name="chevron" />
          <span className="muted">{t('group')}</span> <SafeText text={row.name} />
        </button>
        <span className="group-count">{t('groupRunning', { running: row.running, total: row.total })}</span>
        <button
          type="button"
          className="button ghost group-delete"
          aria-label={t('deleteGroup', { name: row.name })}
          tabIndex={tabIndex}
          onClick={() => {
            deleteGroup(client, row.name).catch(reportSaveFailure);
          }}
        >
          <Icon name="remove" />
        </button>
      </div>
    </div>
  );
}, sameGroupRow);
