import type { NetworkSummary } from '../../../shared/contract/networks.js';
import { translate, useT } from '../../i18n/index.js';
import { EngineName, useEngineLabel, useKeyLive } from '../engine/index.js';
import { messages } from './messages.js';
import { openNetwork } from './networks-store.js';
import type { NetworkDialog } from './NetworksView.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';

const addresses = (n: NetworkSummary): string =>
  n.subnets.length === 0
    ? '—'
    : n.subnets
        .map((s) =>
          s.gateway ? translate(messages, 'via', { subnet: s.subnet, gateway: s.gateway }) : s.subnet,
        )
        .join(', ');

interface RowProps {
  readonly network: NetworkSummary;
  /** "All engines": the row names its engine (in a cell, and in its buttons' names). */
  readonly withEngine: boolean;
  /** Its engine answers; a last-known row is read-only. */
  readonly live: boolean;
  readonly onDialog: (dialog: NetworkDialog) => void;
}

function NetworkRow({ network: n, withEngine, live, onDialog }: RowProps) {
  const t = useT(messages);
  // `n.id` is keyed with its engine in engine views; the name is the network's own.
  const engineLabel = useEngineLabel(n.id);
  const named = withEngine ? t('onEngine', { name: n.name, engine: engineLabel }) : n.name;
  return (
    <tr aria-label={named}>
      <th scope="row">
        <button
          type="button"
          className="link"
          aria-label={t('open', { name: named })}
          onClick={() => {
            openNetwork(n.id);
          }}
        >
          <SafeText text={n.name} />
        </button>
        {n.builtin && <span className="muted"> {t('builtin')}</span>}
      </th>
      {withEngine && (
        <td>
          <EngineName objectKey={n.id} />
        </td>
      )}
      <td>{n.driver}</td>
      <td>{n.scope}</td>
      <td>
        <code>{addresses(n)}</code>
      </td>
      <td>{n.internal ? t('yes') : t('no')}</td>
      <td>
        {n.containers.length === 0 ? (
          <span className="muted">{t('none')}</span>
        ) : (
          <ul className="plain-list" aria-label={t('containersOn', { name: named })}>
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
          aria-label={t('connectTo', { name: named })}
          disabled={!live || n.name === 'host' || n.name === 'none'}
          onClick={() => {
            onDialog({ kind: 'connect', network: n });
          }}
        >
          {t('connect')}
        </button>
        <button
          type="button"
          className="button danger"
          aria-label={t('removeNamed', { name: named })}
          disabled={!live}
          onClick={() => {
            onDialog({ kind: 'remove', network: n });
          }}
        >
          {t('remove')}
        </button>
      </td>
    </tr>
  );
}

/** One row per network; attached containers are listed with their addresses in the row. */
export function NetworkTable({
  networks,
  withEngine,
  onDialog,
}: {
  readonly networks: readonly NetworkSummary[];
  readonly withEngine: boolean;
  readonly onDialog: (dialog: NetworkDialog) => void;
}) {
  const t = useT(messages);
  const keyLive = useKeyLive();
  return (
    <Table
      className="data-table"
      label={t('title')}
      columns={[
        t('colName'),
        ...(withEngine ? [t('colEngine')] : []),
        t('colDriver'),
        t('colScope'),
        t('colSubnet'),
        t('colInternal'),
        t('colContainers'),
        { title: t('colActions'), hidden: true },
      ]}
    >
      {networks.map((n) => (
        <NetworkRow key={n.id} network={n} withEngine={withEngine} live={keyLive(n.id)} onDialog={onDialog} />
      ))}
    </Table>
  );
}
