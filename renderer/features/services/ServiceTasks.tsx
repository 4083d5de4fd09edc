import { useEffect, useState } from 'react';
import type { ServiceTask } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useSwarmStore } from '../swarm/index.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { LoadStatus } from '../../ui/LoadStatus.js';

const portsText = (task: ServiceTask): string =>
  task.ports.map((p) => `127.0.0.1:${p.published ?? '?'}→${p.target}/${p.protocol}`).join(', ');

const TASK_COLUMNS = ['Task', 'Node', 'Desired', 'Current', 'Image', 'Ports', 'Error'];

/** The service's tasks with desired and current state, node, and the engine's own error text. */
export function ServiceTasks({
  service,
}: {
  readonly service: { readonly id: string; readonly name: string };
}) {
  const client = useClient();
  const epoch = useSwarmStore((s) => s.taskEpochs.get(service.id) ?? 0);
  const updatedAt = useSwarmStore((s) => s.services.get(service.id)?.updatedAt);
  const running = useSwarmStore((s) => s.services.get(service.id)?.running);
  const [tasks, setTasks] = useState<readonly ServiceTask[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client.invoke('services.tasks', { id: service.id }).then(
      (list) => {
        if (live) {
          setTasks(list);
          setProblem(null);
        }
      },
      (err: unknown) => {
        if (live) setProblem(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [client, service.id, epoch, updatedAt, running]);
  return (
    <section aria-label={`Tasks of ${service.name}`}>
      <h2>Tasks</h2>
      <Table className="data-table" columns={TASK_COLUMNS}>
        {tasks.map((task) => (
          <tr key={task.id}>
            <th scope="row">
              {service.name}.{task.slot ?? task.nodeId?.slice(0, 12) ?? '?'}
            </th>
            <td>{task.nodeName ?? '—'}</td>
            <td>{task.desiredState}</td>
            <td>
              {task.state}
              {task.message && <span className="muted"> ({task.message})</span>}
            </td>
            <td>
              <SafeText text={task.image} />
            </td>
            <td>{portsText(task) || '—'}</td>
            <td className={task.error ? 'task-error' : 'muted'}>
              {task.error === null ? '—' : <SafeText text={task.error} />}
              {task.exitCode !== null && task.exitCode !== 0 && !task.error?.includes(String(task.exitCode))
                ? ` (exit code ${task.exitCode})`
                : ''}
            </td>
          </tr>
        ))}
      </Table>
      <LoadStatus problem={problem} />
    </section>
  );
}
