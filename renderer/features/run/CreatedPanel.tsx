import type { RunCreated } from '../../../shared/contract/run.js';
import { useClient } from '../../lib/client-context.js';
import { removeCreated } from './run-commands.js';
import { closeRunDialog, fixCreated } from './run-dialog-store.js';

/** Created but not started: say why, and offer to fix the settings or remove it. */
export function CreatedPanel({ created }: { readonly created: RunCreated }) {
  const client = useClient();
  return (
    <div className="created-panel">
      <p role="alert" className="engine-error">
        Created {created.name}, but the engine did not start it: {created.startError}
      </p>
      <p>It stays in the list as Created until you fix its settings or remove it.</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeRunDialog}>
          Keep it as created
        </button>
        <button type="button" className="button danger" onClick={() => void removeCreated(client)}>
          Remove {created.name}
        </button>
        <button type="button" className="button primary" data-autofocus onClick={fixCreated}>
          Fix settings
        </button>
      </div>
    </div>
  );
}
