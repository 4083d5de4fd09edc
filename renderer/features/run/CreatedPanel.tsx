import type { RunCreated } from '../../../shared/contract/run.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { runMessages } from './messages.js';
import { removeCreated } from './run-commands.js';
import { closeRunDialog, fixCreated } from './run-dialog-store.js';

/** Created but not started: say why, and offer to fix the settings or remove it. */
export function CreatedPanel({ created }: { readonly created: RunCreated }) {
  const client = useClient();
  const t = useT(runMessages);
  return (
    <div className="created-panel">
      <p role="alert" className="engine-error">
        {t('createdNotStarted', { name: created.name, error: created.startError ?? '' })}
      </p>
      <p>{t('createdStays')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeRunDialog}>
          {t('keepCreated')}
        </button>
        <button type="button" className="button danger" onClick={() => void removeCreated(client)}>
          {t('removeNamed', { name: created.name })}
        </button>
        <button type="button" className="button primary" data-autofocus onClick={fixCreated}>
          {t('fixSettings')}
        </button>
      </div>
    </div>
  );
}
