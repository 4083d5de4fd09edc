import { useEffect, useId, useState } from 'react';
import type { NetworkInspect, NetworkSummary } from '../../../shared/contract/networks.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { JsonTree } from '../inspect/index.js';
import { openNetwork } from './networks-store.js';
import type { NetworkDialog } from './NetworksView.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';

/** The open network: its facts, attached containers (with Disconnect) and the inspect tree. */
export function NetworkDetail({
  network,
  onDialog,
}: {
  readonly network: NetworkSummary;
  readonly onDialog: (dialog: NetworkDialog) => void;
}) {
  const client = useClient();
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
      setMessage(`Disconnected ${name} from ${network.name}.`);
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
          Connect container
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            openNetwork(null);
          }}
        >
          Close details
        </button>
      </header>
      <dl className="facts">
        <dt>Id</dt>
        <dd>
          <code>{network.id.slice(0, 12)}</code>
        </dd>
        <dt>Driver</dt>
        <dd>
          {network.driver} ({network.scope})
        </dd>
        <dt>IPv6</dt>
        <dd>{network.ipv6 ? 'enabled' : 'off'}</dd>
        <dt>Attachable</dt>
        <dd>{network.attachable ? 'yes' : 'no'}</dd>
        <dt>Labels</dt>
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
        label={`Containers attached to ${network.name}`}
        columns={['Container', 'State', 'IPv4', 'IPv6', { title: 'Actions', hidden: true }]}
        empty={network.containers.length === 0 && 'No containers attached.'}
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
                aria-label={`Disconnect ${c.name}`}
                onClick={() => void disconnect(c.id, c.name)}
              >
                Disconnect
              </button>
            </td>
          </tr>
        ))}
      </Table>
      {doc && (
        <details className="inspect-json">
          <summary>Inspect JSON</summary>
          <JsonTree value={doc} copyValue={doc} label={`Inspect document of ${network.name}`} />
        </details>
      )}
    </section>
  );
}
