import { useId, useState } from 'react';
import type { NetworkSummary } from '../../../shared/contract/networks.js';
import { removalRefusal } from '../../../shared/networks/removal.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Modal } from '../../ui/Modal.js';
import { openNetwork, refreshNetworks } from './networks-store.js';
import { SafeText } from '../../ui/SafeText.js';

/** Confirms a removal; a built-in or attached network is refused up front with the reason. */
export function RemoveNetworkDialog({
  network,
  onClose,
}: {
  readonly network: NetworkSummary;
  readonly onClose: () => void;
}) {
  const client = useClient();
  const titleId = useId();
  const refusal = removalRefusal(
    network.name,
    network.containers.map((c) => c.name),
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      await client.invoke('networks.remove', { ref: network.id });
      openNetwork(null);
      void refreshNetworks(client);
      onClose();
    } catch (err) {
      setFailure(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId}>
        Remove network <SafeText text={network.name} />
      </h2>
      {refusal ? (
        <p role="alert">{refusal}</p>
      ) : (
        <p>
          Remove the network <SafeText text={network.name} />? This cannot be undone.
        </p>
      )}
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {refusal ? 'Close' : 'Cancel'}
        </button>
        {!refusal && (
          <button type="button" className="button danger-solid" disabled={busy} onClick={() => void remove()}>
            Remove
          </button>
        )}
      </div>
    </Modal>
  );
}
