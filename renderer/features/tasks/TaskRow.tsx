import { useId, useState } from 'react';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { loginTargetOf } from '../../../shared/images/login-target.js';
import { useClient } from '../../lib/client-context.js';
import { sectionHref } from '../../app/sections.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { openLogin } from '../registry/index.js';
import { notify } from '../../lib/notifications-store.js';
import { TaskConsole } from './TaskConsole.js';
import { taskPercent, taskStateText, taskStatusText } from './task-progress.js';
import { forgetTask } from './tasks-store.js';
import { SafeText } from '../../ui/SafeText.js';

export function TaskProgressBar({ task }: { readonly task: TaskSummary }) {
  const percent = taskPercent(task);
  return (
    <progress
      className="task-progress"
      aria-label={`Progress of ${task.title}`}
      max={100}
      value={percent ?? undefined}
    />
  );
}

/** One task: title, state, progress, outcome; cancel while it runs, dismiss after. */
export function TaskRow({ task }: { readonly task: TaskSummary }) {
  const client = useClient();
  const titleId = useId();
  const [showOutput, setShowOutput] = useState(false);
  const running = task.state === 'running';
  const loginTarget = loginTargetOf(task);

  const cancel = () => {
    client.invoke('tasks.cancel', { id: task.id }).catch((err: unknown) => {
      notify(`Could not cancel “${task.title}”`, [errorMessage(err)]);
    });
  };
  const dismiss = () => {
    client.invoke('tasks.dismiss', { id: task.id }).then(
      () => {
        forgetTask(task.id);
      },
      (err: unknown) => {
        notify(`Could not dismiss “${task.title}”`, [errorMessage(err)]);
      },
    );
  };

  return (
    <li className={`task task-${task.state}`} aria-labelledby={titleId}>
      <div className="task-head">
        <span id={titleId} className="task-title">
          <SafeText text={task.title} />
        </span>
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
              window.location.hash = sectionHref('images');
              openLogin(loginTarget);
            }}
          >
            Log in to {loginTarget}
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
            {showOutput ? 'Hide output' : 'Show output'}
          </button>
        )}
        {running ? (
          <button type="button" className="button" onClick={cancel} aria-label={`Cancel ${task.title}`}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="button ghost"
            onClick={dismiss}
            aria-label={`Dismiss ${task.title}`}
          >
            Dismiss
          </button>
        )}
      </div>
      {showOutput && <TaskConsole taskId={task.id} label={`Output of ${task.title}`} />}
    </li>
  );
}
