import { useEffect, useId, useState } from 'react';
import type { NetworkInspect, NetworkSummary } from '../../../shared/contract/networks.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { JsonTree } from '../inspect/index.js';
import { openNetwork } from './networks-store.js';
import type { NetworkDialog } from './NetworksView.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** The open network: its facts, attached containers (with Disconnect) and the inspect tree. */
export function NetworkDetail({
  network,
  onDialog,
}: {
  readonly network: NetworkSummary;
  readonly onDialog: (dialog: NetworkDialog) => void;
}) {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const [doc, setDoc] = useState<NetworkInspect | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // Refetched whenever the summary changes (an attach, a detach): the tree follows the list.
  useEffect(() => {
    let cancelled = false;
    client.invoke('networks.inspect', { ref: network.id }).then(
      (value) => {
        if (!cancelled) setDoc(value);
      },
      (err: unknown) => {
        if (!cancelled) setMessage(errorMessage(err));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, network]);

  const disconnect = async (container: string, name: string): Promise<void> => {
    setMessage(null);
    try {
      await client.invoke('networks.disconnect', { network: network.id, container, force: false });
      setMessage(translate(messages, 'disconnected', { name, network: network.name }));
    } catch (err) {
      setMessage(errorMessage(err));
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <header className="view-header">
        <h2 id={headingId}>
          <SafeText text={network.name} />
        </h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            onDialog({ kind: 'connect', network });
          }}
        >
          {t('connectContainer')}
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            openNetwork(null);
          }}
        >
          {t('closeDetails')}
        </button>
      </header>
      <dl className="facts">
        <dt>{t('id')}</dt>
        <dd>
          <code>{network.id.slice(0, 12)}</code>
        </dd>
        <dt>{t('colDriver')}</dt>
        <dd>{t('driverScope', { driver: network.driver, scope: network.scope })}</dd>
        <dt>{t('ipv6')}</dt>
        <dd>{network.ipv6 ? t('enabled') : t('off')}</dd>
        <dt>{t('attachable')}</dt>
        <dd>{network.attachable ? t('yes') : t('no')}</dd>
        <dt>{t('labels')}</dt>
        <dd>
          <SafeText
            text={
              Object.entries(network.labels)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ') || '—'
            }
          />
        </dd>
      </dl>
      {message && (
        <p role="status" className="muted">
          <SafeText text={message} />
        </p>
      )}
      <Table
        className="data-table"
        label={t('attachedTo', { name: network.name })}
        columns={[
          t('colContainer'),
          t('colState'),
          t('ipv4'),
          t('ipv6'),
          { title: t('colActions'), hidden: true },
        ]}
        empty={network.containers.length === 0 && t('noneAttached')}
      >
        {network.containers.map((c) => (
          <tr key={c.id} aria-label={c.name}>
            <th scope="row">
              <SafeText text={c.name} />
            </th>
            <td>{c.state}</td>
            <td>
              <code>{c.ipv4 ?? c.staticIpv4 ?? '—'}</code>
            </td>
            <td>
              <code>{c.ipv6 ?? '—'}</code>
            </td>
            <td>
              <button
                type="button"
                className="button"
                aria-label={t('disconnectNamed', { name: c.name })}
                onClick={() => void disconnect(c.id, c.name)}
              >
                {t('disconnect')}
              </button>
            </td>
          </tr>
        ))}
      </Table>
      {doc && (
        <details className="inspect-json">
          <summary>{t('inspectJson')}</summary>
          <JsonTree value={doc} copyValue={doc} label={t('inspectOf', { name: network.name })} />
        </details>
      )}
    </section>
  );
}
