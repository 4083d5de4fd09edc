import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { useSettingsStore } from '../../lib/settings-store.js';
import { moveToGroup, useUserGroups } from './list-preferences.js';
import { reportSaveFailure } from './ListSortHeader.js';
import { messages } from './messages.js';

/**
 * The row's group: a native select (its own keyboard and screen-reader support), named after the
 * container. Membership is by name, like favourites, so it survives a re-create. Shown once the user
 * has a group; the row's roving tab stop decides whether it is in the tab order.
 */
export function GroupSelect({ name, tabIndex }: { readonly name: string; readonly tabIndex: number }) {
  const t = useT(messages);
  const client = useClient();
  const groups = useUserGroups();
  const ready = useSettingsStore((s) => s.settings !== null);
  if (groups.length === 0) return null;
  const current = groups.find((g) => g.members.includes(name))?.name ?? '';
  return (
    <select
      className="group-select"
      aria-label={t('groupOf', { name })}
      value={current}
      disabled={!ready}
      tabIndex={tabIndex}
      // The grid moves between rows on arrows; in the select they choose a group instead.
      onKeyDown={(event) => {
        if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End')
          event.stopPropagation();
      }}
      onChange={(event) => {
        const chosen = event.currentTarget.value;
        moveToGroup(client, name, chosen === '' ? null : chosen).catch(reportSaveFailure);
      }}
    >
      <option value="">{t('noGroup')}</option>
      {groups.map((g) => (
        <option key={g.name} value={g.name}>
          {g.name}
        </option>
      ))}
    </select>
  );
}
