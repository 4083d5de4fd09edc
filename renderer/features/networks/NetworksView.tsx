import { useEffect, useId, useState } from 'react';
import type { NetworkSummary } from '../../../shared/contract/networks.js';
import { useClient } from '../../lib/client-context.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { PruneDialog } from '../prune/index.js';
import { ConnectDialog } from './ConnectDialog.js';
import { CreateNetworkDialog } from './CreateNetworkDialog.js';
import { NetworkDetail } from './NetworkDetail.js';
import { NetworkTable } from './NetworkTable.js';
import { followMergedNetworks, followNetworks, refreshNetworks, useNetworksStore } from './networks-store.js';
import { EngineFilterField, useShowsEngineColumn, useVisibleEngines } from '../engine/index.js';
import { RemoveNetworkDialog } from './RemoveNetworkDialog.js';
import '../../ui/kit.css';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

export type NetworkDialog =
  | { readonly kind: 'create' }
  | { readonly kind: 'prune' }
  | { readonly kind: 'connect'; readonly network: NetworkSummary }
  | { readonly kind: 'remove'; readonly network: NetworkSummary };

export function NetworksView() {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const list = useNetworksStore((s) => s.list);
  const problem = useNetworksStore((s) => s.problem);
  const openId = useNetworksStore((s) => s.openId);
  const [dialog, setDialog] = useState<NetworkDialog | null>(null);

  const visible = useVisibleEngines();
  const shownKey = visible?.join('\n') ?? null;
  const withEngine = useShowsEngineColumn();
  useEffect(
    () => (visible === null ? followNetworks(client) : followMergedNetworks(client, visible)),
    // `visible` is read through its key: a new array with the same engines is the same list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, shownKey],
  );

  const open = list?.networks.find((n) => n.id === openId) ?? null;
  const close = (): void => {
    setDialog(null);
  };

  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
        {list && <span className="muted">{t('rows', { count: list.networks.length })}</span>}
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setDialog({ kind: 'create' });
          }}
        >
          {t('create')}
        </button>
        <button type="button" className="button" onClick={() => void refreshNetworks(client)}>
          {t('refresh')}
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => {
            setDialog({ kind: 'prune' });
          }}
        >
          {t('prune')}
        </button>
        {withEngine && <EngineFilterField />}
      </header>
      <LoadStatus problem={problem} loading={!list} loadingText={t('loading')} />
      {list && <NetworkTable networks={list.networks} withEngine={withEngine} onDialog={setDialog} />}
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
