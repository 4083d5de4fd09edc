import { useState } from 'react';
import type { NetworkSummary } from '../../../shared/contract/networks.js';
import { removalRefusalWorded } from '../../../shared/networks/removal.js';
import { wordError } from '../../ipc/word-error.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { openNetwork, refreshNetworks } from './networks-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** Confirms a removal; a built-in or attached network is refused up front with the reason. */
export function RemoveNetworkDialog({
  network,
  onClose,
}: {
  readonly network: NetworkSummary;
  readonly onClose: () => void;
}) {
  const client = useClient();
  const t = useT(messages);
  // Worded as the backend would refuse it, in the reader's language (the backend's English is the fallback).
  const refused = removalRefusalWorded(
    network.name,
    network.containers.map((c) => c.name),
  );
  const refusal = refused && wordError(refused.text, refused.message);
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
      title={<SafeText text={t('removeTitle', { name: network.name })} />}
      confirm={refusal ? undefined : t('remove')}
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
          <SafeText text={t('removeAsk', { name: network.name })} />
        </p>
      )}
    </ConfirmDialog>
  );
}
