import type { TaskItem, TaskSummary } from '../../../shared/contract/tasks.js';
import { loginTargetOf } from '../../../shared/images/login-target.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { openLogin } from '../registry/index.js';
import { applyTask, forgetTask, useImagesStore } from './images-store.js';

const percent = (current: number, total: number | null): number | undefined =>
  total !== null && total > 0 ? Math.min(100, Math.round((current / total) * 100)) : undefined;

/**
 * A bar's value: an unknown amount animates only while the transfer runs; once it was cancelled
 * or failed, the bar stands still where it stopped (empty when nothing was counted).
 */
const barValue = (value: number | undefined, running: boolean): number | undefined =>
  running ? value : (value ?? 0);

function LayerProgress({ item, task }: { readonly item: TaskItem; readonly task: TaskSummary }) {
  // A layer the registry or the engine already had has no byte count; once the transfer has
  // succeeded, every layer is there.
  const value =
    task.state === 'succeeded' ? 100 : barValue(percent(item.current, item.total), task.state === 'running');
  return (
    <li className="layer">
      <code>{item.label}</code>
      <progress aria-label={`Layer ${item.label}`} max={100} value={value} />
      <span className="muted">
        {item.status}
        {item.total !== null && ` · ${formatBytes(item.current)} / ${formatBytes(item.total)}`}
      </span>
    </li>
  );
}

export function Transfer({ task }: { readonly task: TaskSummary }) {
  const client = useClient();
  const running = task.state === 'running';
  const overall =
    task.state === 'succeeded'
      ? 100
      : task.progress
        ? percent(task.progress.current, task.progress.total)
        : undefined;
  const loginTarget = loginTargetOf(task);
  return (
    <section className="transfer" aria-label={task.title}>
      <div className="transfer-head">
        <strong>{task.title}</strong>
        <progress aria-label={`${task.title} progress`} max={100} value={barValue(overall, running)} />
        <span className="muted">
          {overall === undefined ? '' : `${overall} %`}
          {task.progress?.total
            ? ` · ${formatBytes(task.progress.current)} / ${formatBytes(task.progress.total)}`
            : ''}
        </span>
        {running ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              client.invoke('tasks.cancel', { id: task.id }).then(applyTask, (err: unknown) => {
                notify('Could not cancel', [errorMessage(err)]);
              });
            }}
          >
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="button ghost"
            aria-label={`Dismiss ${task.title}`}
            onClick={() => {
              forgetTask(task.id);
              client.invoke('tasks.dismiss', { id: task.id }).catch(() => undefined);
            }}
          >
            Dismiss
          </button>
        )}
      </div>
      {running && task.step && <p role="status">{task.step}</p>}
      {task.state === 'succeeded' && <p role="status">{task.message}</p>}
      {task.state === 'cancelled' && (
        <p role="status">Cancelled: nothing was {task.kind === 'pull' ? 'pulled' : 'pushed'}.</p>
      )}
      {task.state === 'failed' && (
        <div role="alert" className="transfer-error">
          <p>{task.message}</p>
          {loginTarget && (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                openLogin(loginTarget);
              }}
            >
              Log in to {loginTarget}
            </button>
          )}
        </div>
      )}
      {task.items.length > 0 && (
        <ul className="layers" aria-label={`Layers of ${task.title}`}>
          {task.items.map((item) => (
            <LayerProgress key={item.id} item={item} task={task} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Pulls and pushes with their progress; they run in the backend, so they outlive this view. */
export function TransferList() {
  const transfers = useImagesStore((s) => s.transfers);
  if (transfers.length === 0) return null;
  return (
    <div className="transfers" aria-label="Pulls and pushes" role="region">
      {transfers.map((task) => (
        <Transfer key={task.id} task={task} />
      ))}
    </div>
  );
}
