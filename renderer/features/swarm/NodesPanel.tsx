import { useEffect, useState } from 'react';
import type { NodeAvailability, SwarmNode } from '../../../shared/swarm/swarm-types.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { messages } from './messages.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useSwarmStore } from '../swarm-state/index.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { LoadStatus } from '../../ui/LoadStatus.js';

const labelsText = (labels: Readonly<Record<string, string>>): string =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

const parseLabels = (text: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const item = part.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    out[eq < 0 ? item : item.slice(0, eq).trim()] = eq < 0 ? '' : item.slice(eq + 1).trim();
  }
  return out;
};

/** Nodes with role, availability, status, engine version and labels; drain/pause/activate, promote/demote. */
export function NodesPanel() {
  const client = useClient();
  const t = useT(messages);
  const columns = (
    ['colHost', 'colRole', 'colAvailability', 'colStatus', 'colEngine', 'colLabels', 'colActions'] as const
  ).map((key) => t(key));
  const epoch = useSwarmStore((s) => s.epoch);
  const [nodes, setNodes] = useState<readonly SwarmNode[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    client.invoke('nodes.list', {}).then(setNodes, (err: unknown) => {
      setProblem(errorMessage(err));
    });
  }, [client, epoch]);
  const update = async (req: Parameters<typeof client.invoke<'nodes.update'>>[1]): Promise<void> => {
    try {
      const node = await client.invoke('nodes.update', req);
      setNodes((list) => list.map((n) => (n.id === node.id ? node : n)));
      setProblem(null);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  return (
    <section className="panel" aria-label={t('nodes')}>
      <h2>{t('nodes')}</h2>
      <Table className="data-table" columns={columns}>
        {nodes.map((node) => (
          <tr key={node.id}>
            <th scope="row">
              <SafeText text={node.hostname} />
              {node.self && <span className="muted">{t('thisEngine')}</span>}
            </th>
            <td>
              {node.role === 'manager' ? t('roleManager') : t('roleWorker')}
              {node.leader && <span className="muted">{t('leader')}</span>}
            </td>
            <td>
              <select
                aria-label={t('availabilityOf', { name: node.hostname })}
                value={node.availability}
                onChange={(event) =>
                  void update({ id: node.id, availability: event.currentTarget.value as NodeAvailability })
                }
              >
                <option value="active">{t('availActive')}</option>
                <option value="pause">{t('availPause')}</option>
                <option value="drain">{t('availDrain')}</option>
              </select>
            </td>
            <td>
              {node.status}
              {node.statusMessage && <span className="muted"> — {node.statusMessage}</span>}
            </td>
            <td>{node.engineVersion ?? '—'}</td>
            <td>
              <input
                aria-label={t('labelsOf', { name: node.hostname })}
                defaultValue={labelsText(node.labels)}
                key={labelsText(node.labels)}
                placeholder={t('labelsPlaceholder')}
                onBlur={(event) => {
                  const text = event.currentTarget.value;
                  if (text !== labelsText(node.labels))
                    void update({ id: node.id, labels: parseLabels(text) });
                }}
              />
            </td>
            <td>
              <button
                type="button"
                className="button ghost"
                onClick={() =>
                  void update({ id: node.id, role: node.role === 'manager' ? 'worker' : 'manager' })
                }
              >
                {t(node.role === 'manager' ? 'demote' : 'promote', { name: node.hostname })}
              </button>
            </td>
          </tr>
        ))}
      </Table>
      <LoadStatus problem={problem} />
    </section>
  );
}
