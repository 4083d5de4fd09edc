import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { useSettingsStore } from '../../lib/settings-store.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { HIDEABLE, LIST_COLUMNS } from './list-columns.js';
import { saveColumnShown, useHiddenColumns } from './list-preferences.js';
import { reportSaveFailure } from './ListSortHeader.js';
import { messages } from './messages.js';

/**
 * Which columns the list shows, remembered in the settings. A native disclosure: its summary is
 * a button to assistive technology and says whether it is open, with no script of ours.
 */
export function ColumnChooser() {
  const t = useT(messages);
  const client = useClient();
  const hidden = useHiddenColumns();
  const ready = useSettingsStore((s) => s.settings !== null);
  return (
    <details className="column-chooser">
      <summary className="button">{t('columns')}</summary>
      <div className="column-chooser-panel" role="group" aria-label={t('columnsShown')}>
        {LIST_COLUMNS.filter((c) => HIDEABLE.includes(c.key)).map((c) => (
          <Checkbox
            key={c.key}
            label={t(`column_${c.header}`)}
            showLabel
            checked={!hidden.has(c.key)}
            disabled={!ready}
            onChange={(on) => {
              saveColumnShown(client, c.key, on).catch(reportSaveFailure);
            }}
          />
        ))}
      </div>
    </details>
  );
}
