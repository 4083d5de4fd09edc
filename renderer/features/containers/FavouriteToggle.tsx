import { useClient } from '../../lib/client-context.js';
import { useT } from '../../i18n/index.js';
import { useSettingsStore } from '../../lib/settings-store.js';
import { saveFavourite } from './list-preferences.js';
import { reportSaveFailure } from './ListSortHeader.js';
import { listMessages } from './list-messages.js';

/** The row's star: pins the container (by name) to the top of the list, in every window. */
export function FavouriteToggle({ name, tabIndex }: { readonly name: string; readonly tabIndex: number }) {
  const client = useClient();
  const t = useT(listMessages);
  const on = useSettingsStore((s) => s.settings?.lists.favourites.includes(name) ?? false);
  const ready = useSettingsStore((s) => s.settings !== null);
  return (
    <button
      type="button"
      className={on ? 'favourite-toggle on' : 'favourite-toggle'}
      aria-label={t('favourite', { name })}
      aria-pressed={on}
      disabled={!ready}
      tabIndex={tabIndex}
      onClick={() => {
        saveFavourite(client, name, !on).catch(reportSaveFailure);
      }}
    >
      <span aria-hidden="true">{on ? '★' : '☆'}</span>
    </button>
  );
}
