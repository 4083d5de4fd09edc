import { useEffect, useState } from 'react';
import type { NodeAvailability, SwarmNode } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useSwarmStore } from './swarm-store.js';
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

const NODE_COLUMNS = ['Host', 'Role', 'Availability', 'Status', 'Engine', 'Labels', 'Actions'];

/** Nodes with role, availability, status, engine version and labels; drain/pause/activate, promote/demote. */
export function NodesPanel() {
  const client = useClient();
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
    <section className="panel" aria-label="Nodes">
      <h2>Nodes</h2>
      <Table className="data-table" columns={NODE_COLUMNS}>
        {nodes.map((node) => (
          <tr key={node.id}>
            <th scope="row">
              <SafeText text={node.hostname} />
              {node.self && <span className="muted"> (this engine)</span>}
            </th>
            <td>
              {node.role}
              {node.leader && <span className="muted"> (leader)</span>}
            </td>
            <td>
              <select
                aria-label={`Availability of ${node.hostname}`}
                value={node.availability}
                onChange={(event) =>
                  void update({ id: node.id, availability: event.currentTarget.value as NodeAvailability })
                }
              >
                <option value="active">active</option>
                <option value="pause">pause</option>
                <option value="drain">drain</option>
              </select>
            </td>
            <td>
              {node.status}
              {node.statusMessage && <span className="muted"> — {node.statusMessage}</span>}
            </td>
            <td>{node.engineVersion ?? '—'}</td>
            <td>
              <input
                aria-label={`Labels of ${node.hostname}`}
                defaultValue={labelsText(node.labels)}
                key={labelsText(node.labels)}
                placeholder="zone=a, disk=ssd"
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
                {node.role === 'manager' ? `Demote ${node.hostname}` : `Promote ${node.hostname}`}
              </button>
            </td>
          </tr>
        ))}
      </Table>
      <LoadStatus problem={problem} />
    </section>
  );
}
