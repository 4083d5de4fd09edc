import type { NetworkSummary } from '../../../shared/contract/networks.js';
import { openNetwork } from './networks-store.js';
import type { NetworkDialog } from './NetworksView.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';

const addresses = (n: NetworkSummary): string =>
  n.subnets.length === 0
    ? '—'
    : n.subnets.map((s) => (s.gateway ? `${s.subnet} via ${s.gateway}` : s.subnet)).join(', ');

/** One row per network; attached containers are listed with their addresses in the row. */
export function NetworkTable({
  networks,
  onDialog,
}: {
  readonly networks: readonly NetworkSummary[];
  readonly onDialog: (dialog: NetworkDialog) => void;
}) {
  return (
    <Table
      className="data-table"
      label="Networks"
      columns={[
        'Name',
        'Driver',
        'Scope',
        'Subnet / gateway',
        'Internal',
        'Containers',
        { title: 'Actions', hidden: true },
      ]}
    >
      {networks.map((n) => (
        <tr key={n.id} aria-label={n.name}>
          <th scope="row">
            <button
              type="button"
              className="link"
              aria-label={`Open ${n.name}`}
              onClick={() => {
                openNetwork(n.id);
              }}
            >
              <SafeText text={n.name} />
            </button>
            {n.builtin && <span className="muted"> (built-in)</span>}
          </th>
          <td>{n.driver}</td>
          <td>{n.scope}</td>
          <td>
            <code>{addresses(n)}</code>
          </td>
          <td>{n.internal ? 'yes' : 'no'}</td>
          <td>
            {n.containers.length === 0 ? (
              <span className="muted">none</span>
            ) : (
              <ul className="plain-list" aria-label={`Containers on ${n.name}`}>
                {n.containers.map((c) => (
                  <li key={c.id}>
                    <SafeText text={c.name} />
                    {(c.ipv4 ?? c.staticIpv4) && <code> {c.ipv4 ?? c.staticIpv4}</code>}
                    {c.ipv6 && <code> {c.ipv6}</code>}
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td className="row-buttons">
            <button
              type="button"
              className="button"
              aria-label={`Connect a container to ${n.name}`}
              disabled={n.name === 'host' || n.name === 'none'}
              onClick={() => {
                onDialog({ kind: 'connect', network: n });
              }}
            >
              Connect
            </button>
            <button
              type="button"
              className="button danger"
              aria-label={`Remove ${n.name}`}
              onClick={() => {
                onDialog({ kind: 'remove', network: n });
              }}
            >
              Remove
            </button>
          </td>
        </tr>
      ))}
    </Table>
  );
}
