import { useEffect, useId, useState } from 'react';
import type { NetworkSummary } from '../../../shared/contract/networks.js';
import { useClient } from '../../lib/client-context.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { PruneDialog } from '../prune/index.js';
import { ConnectDialog } from './ConnectDialog.js';
import { CreateNetworkDialog } from './CreateNetworkDialog.js';
import { NetworkDetail } from './NetworkDetail.js';
import { NetworkTable } from './NetworkTable.js';
import { followNetworks, refreshNetworks, useNetworksStore } from './networks-store.js';
import { RemoveNetworkDialog } from './RemoveNetworkDialog.js';
import '../../ui/kit.css';
import { countOf } from '../../../shared/text/plural.js';

export type NetworkDialog =
  | { readonly kind: 'create' }
  | { readonly kind: 'prune' }
  | { readonly kind: 'connect'; readonly network: NetworkSummary }
  | { readonly kind: 'remove'; readonly network: NetworkSummary };

export function NetworksView() {
  const client = useClient();
  const headingId = useId();
  const list = useNetworksStore((s) => s.list);
  const problem = useNetworksStore((s) => s.problem);
  const openId = useNetworksStore((s) => s.openId);
  const [dialog, setDialog] = useState<NetworkDialog | null>(null);

  useEffect(() => followNetworks(client), [client]);

  const open = list?.networks.find((n) => n.id === openId) ?? null;
  const close = (): void => {
    setDialog(null);
  };

  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>Networks</h1>
        {list && <span className="muted">{countOf(list.networks.length, 'network')}</span>}
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setDialog({ kind: 'create' });
          }}
        >
          Create network
        </button>
        <button type="button" className="button" onClick={() => void refreshNetworks(client)}>
          Refresh
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => {
            setDialog({ kind: 'prune' });
          }}
        >
          Prune unused networks…
        </button>
      </header>
      <LoadStatus problem={problem} loading={!list} loadingText="Loading networks…" />
      {list && <NetworkTable networks={list.networks} onDialog={setDialog} />}
      {open && <NetworkDetail key={open.id} network={open} onDialog={setDialog} />}
      {dialog?.kind === 'create' && list && (
        <CreateNetworkDialog drivers={list.drivers} existing={list.networks} onClose={close} />
      )}
      {dialog?.kind === 'connect' && <ConnectDialog network={dialog.network} onClose={close} />}
      {dialog?.kind === 'prune' && <PruneDialog kinds={['networks']} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveNetworkDialog network={dialog.network} onClose={close} />}
    </section>
  );
}
