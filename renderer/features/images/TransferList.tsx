import type { TaskItem, TaskSummary } from '../../../shared/contract/tasks.js';
import { loginTargetOf } from '../../../shared/images/login-target.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { openLogin } from '../registry/index.js';
import { taskMessage, taskStep, taskTitle } from '../tasks/index.js';
import { applyTask, forgetTask, useImagesStore } from './images-store.js';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const percent = (current: number, total: number | null): number | undefined =>
  total !== null && total > 0 ? Math.min(100, Math.round((current / total) * 100)) : undefined;

/**
 * A bar's value: an unknown amount animates only while the transfer runs; once it was cancelled
 * or failed, the bar stands still where it stopped (empty when nothing was counted).
 */
const barValue = (value: number | undefined, running: boolean): number | undefined =>
  running ? value : (value ?? 0);

function LayerProgress({ item, task }: { readonly item: TaskItem; readonly task: TaskSummary }) {
  const t = useT(messages);
  // A layer the registry or the engine already had has no byte count; once the transfer has
  // succeeded, every layer is there.
  const value =
    task.state === 'succeeded' ? 100 : barValue(percent(item.current, item.total), task.state === 'running');
  return (
    <li className="layer">
      <code>{item.label}</code>
      <progress aria-label={t('layerNamed', { label: item.label })} max={100} value={value} />
      <span className="muted">
        {item.status}
        {item.total !== null && ` · ${formatBytes(item.current)} / ${formatBytes(item.total)}`}
      </span>
    </li>
  );
}

export function Transfer({ task }: { readonly task: TaskSummary }) {
  const client = useClient();
  const t = useT(messages);
  const running = task.state === 'running';
  // Berth's own words (title, step, outcome) in the reader's language; the engine's stay as sent.
  const title = taskTitle(task);
  const step = taskStep(task);
  const message = taskMessage(task);
  const overall =
    task.state === 'succeeded'
      ? 100
      : task.progress
        ? percent(task.progress.current, task.progress.total)
        : undefined;
  const loginTarget = loginTargetOf(task);
  return (
    <section className="transfer" aria-label={title}>
      <div className="transfer-head">
        <strong>{title}</strong>
        <progress aria-label={t('progress', { title })} max={100} value={barValue(overall, running)} />
        <span className="muted">
          {overall === undefined ? '' : t('percent', { value: overall })}
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
                notify(translate(messages, 'couldNotCancel'), [errorMessage(err)]);
              });
            }}
          >
            {t('cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="button ghost"
            aria-label={t('dismissNamed', { title })}
            onClick={() => {
              forgetTask(task.id);
              client.invoke('tasks.dismiss', { id: task.id }).catch(() => undefined);
            }}
          >
            {t('dismiss')}
          </button>
        )}
      </div>
      {running && step && <p role="status">{step}</p>}
      {task.state === 'succeeded' && <p role="status">{message}</p>}
      {task.state === 'cancelled' && (
        <p role="status">{task.kind === 'pull' ? t('cancelledPull') : t('cancelledPush')}</p>
      )}
      {task.state === 'failed' && (
        <div role="alert" className="transfer-error">
          <p>{message}</p>
          {loginTarget && (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                openLogin(loginTarget);
              }}
            >
              {t('loginTo', { host: loginTarget })}
            </button>
          )}
        </div>
      )}
      {task.items.length > 0 && (
        <ul className="layers" aria-label={t('layersOf', { title })}>
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
  const t = useT(messages);
  const transfers = useImagesStore((s) => s.transfers);
  if (transfers.length === 0) return null;
  return (
    <div className="transfers" aria-label={t('transfers')} role="region">
      {transfers.map((task) => (
        <Transfer key={task.id} task={task} />
      ))}
    </div>
  );
}
