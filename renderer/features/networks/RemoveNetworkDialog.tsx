import { useState } from 'react';
import type { NetworkSummary } from '../../../shared/contract/networks.js';
import { removalRefusal } from '../../../shared/networks/removal.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
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
    <ConfirmDialog
      title={
        <>
          Remove network <SafeText text={network.name} />
        </>
      }
      confirm={refusal ? undefined : 'Remove'}
      confirmDisabled={busy}
      onConfirm={() => void remove()}
      onCancel={onClose}
      after={
        failure && (
          <p role="alert" className="form-error">
            {failure}
          </p>
        )
      }
    >
      {refusal ? (
        <p role="alert">{refusal}</p>
      ) : (
        <p>
          Remove the network <SafeText text={network.name} />? This cannot be undone.
        </p>
      )}
    </ConfirmDialog>
  );
}
