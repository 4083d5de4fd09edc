import { useId, useState } from 'react';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { loginTargetOf } from '../../../shared/images/login-target.js';
import { useClient } from '../../lib/client-context.js';
import { sectionHref } from '../../app/sections.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { openLogin } from '../registry/index.js';
import { notify } from '../../lib/notifications-store.js';
import { TaskConsole } from './TaskConsole.js';
import { taskEngineLabel, taskPercent, taskStateText, taskStatusText, taskTitle } from './task-progress.js';
import { forgetTask } from './tasks-store.js';
import { SafeText } from '../../ui/SafeText.js';
import './tasks.css';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';

// Outside the component: React's compiler refuses a write to `window` inside a render closure.
const showImages = (): void => {
  window.location.hash = sectionHref('images');
};

export function TaskProgressBar({ task }: { readonly task: TaskSummary }) {
  const t = useT(messages);
  const percent = taskPercent(task);
  const title = taskTitle(task);
  return (
    <progress
      className="task-progress"
      aria-label={t('progressOf', { title })}
      max={100}
      value={percent ?? undefined}
    />
  );
}

/** One task: title, state, progress, outcome; cancel while it runs, dismiss after. */
export function TaskRow({ task }: { readonly task: TaskSummary }) {
  const t = useT(messages);
  const client = useClient();
  const titleId = useId();
  const [showOutput, setShowOutput] = useState(false);
  const running = task.state === 'running';
  const loginTarget = loginTargetOf(task);
  const engineLabel = taskEngineLabel(task);
  const title = taskTitle(task);

  const cancel = () => {
    client.invoke('tasks.cancel', { id: task.id }).catch((err: unknown) => {
      notify(translate(messages, 'cannotCancel', { title }), [errorMessage(err)]);
    });
  };
  const dismiss = () => {
    client.invoke('tasks.dismiss', { id: task.id }).then(
      () => {
        forgetTask(task.id);
      },
      (err: unknown) => {
        notify(translate(messages, 'cannotDismiss', { title }), [errorMessage(err)]);
      },
    );
  };

  return (
    <li className={`task task-${task.state}`} aria-labelledby={titleId}>
      <div className="task-head">
        <span id={titleId} className="task-title">
          <SafeText text={title} />
        </span>
        {engineLabel !== null && (
          <span className="task-engine" title={t('engineOf', { label: engineLabel })}>
            <SafeText text={t('onEngine', { label: engineLabel })} />
          </span>
        )}
        <span className="task-state">{taskStateText(task)}</span>
      </div>
      {running && <TaskProgressBar task={task} />}
      <p className="task-status" role={task.state === 'failed' ? 'alert' : undefined}>
        <SafeText text={taskStatusText(task)} />
      </p>
      <div className="task-actions">
        {loginTarget !== null && (
          <button
            type="button"
            className="button primary"
            onClick={() => {
              showImages();
              openLogin(loginTarget);
            }}
          >
            {t('loginTo', { registry: loginTarget })}
          </button>
        )}
        {task.outputLines > 0 && (
          <button
            type="button"
            className="button ghost"
            aria-expanded={showOutput}
            onClick={() => {
              setShowOutput((v) => !v);
            }}
          >
            {showOutput ? t('hideOutput') : t('showOutput')}
          </button>
        )}
        {running ? (
          <button type="button" className="button" onClick={cancel} aria-label={t('cancelNamed', { title })}>
            {t('cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="button ghost"
            onClick={dismiss}
            aria-label={t('dismissNamed', { title })}
          >
            {t('dismiss')}
          </button>
        )}
      </div>
      {showOutput && <TaskConsole taskId={task.id} label={t('outputOf', { title })} />}
    </li>
  );
}
