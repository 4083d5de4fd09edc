import { useEffect, useState } from 'react';
import type { ServiceTask, UpdateStatus } from '../../../shared/swarm/swarm-types.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useSwarmStore } from '../swarm-state/index.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { messages } from './messages.js';
import { ROLLING, rolloutCounts } from './service-rollout.js';

const portsText = (task: ServiceTask): string =>
  task.ports.map((p) => `127.0.0.1:${p.published ?? '?'}→${p.target}/${p.protocol}`).join(', ');

/** The service's tasks with desired and current state, node, and the engine's own error text. */
export function ServiceTasks({
  service,
}: {
  readonly service: {
    readonly id: string;
    readonly name: string;
    readonly updateStatus: UpdateStatus | null;
  };
}) {
  const client = useClient();
  const t = useT(messages);
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
  }, [client, service.id, epoch, updatedAt, running, service.updateStatus?.state]);
  const update = service.updateStatus;
  const rollout = update && ROLLING.has(update.state) ? rolloutCounts(tasks) : null;
  const columns = [
    t('colTask'),
    t('colNode'),
    t('colDesired'),
    t('colCurrent'),
    t('colUpToDate'),
    t('colImage'),
    t('colPorts'),
    t('colError'),
  ];
  return (
    <section aria-label={t('tasksOf', { name: service.name })}>
      <h2>{t('tasksHeading')}</h2>
      {rollout && update && (
        <p role="status" aria-label={t('rolloutLabel')}>
          {t('rollout', { ...rollout, state: update.state })}
          {update.message && (
            <span className="muted">
              {' — '}
              <SafeText text={update.message} />
            </span>
          )}
        </p>
      )}
      <Table className="data-table" columns={columns}>
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
              {task.onCurrentSpec === null ? '—' : task.onCurrentSpec ? t('taskUpdated') : t('taskOutdated')}
            </td>
            <td>
              <SafeText text={task.image} />
            </td>
            <td>{portsText(task) || '—'}</td>
            <td className={task.error ? 'task-error' : 'muted'}>
              {task.error === null ? '—' : <SafeText text={task.error} />}
              {task.exitCode !== null && task.exitCode !== 0 && !task.error?.includes(String(task.exitCode))
                ? t('exitCode', { code: task.exitCode })
                : ''}
            </td>
          </tr>
        ))}
      </Table>
      <LoadStatus problem={problem} />
    </section>
  );
}
