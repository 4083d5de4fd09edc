import { useEffect, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { runMessages } from './messages.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { selectTask, TaskProgressBar, taskStatusText, useTasksStore } from '../tasks/index.js';
import { checkImage, runTarget } from './run-commands.js';
import { useRunDialogStore } from './run-dialog-store.js';

/**
 * The image is not here: offer to pull it, show the pull's progress in place (it is also in the
 * task list), and look at the image again once it has arrived.
 */
export function PullMissingImage({ image }: { readonly image: string }) {
  const client = useClient();
  const t = useT(runMessages);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const task = useTasksStore(selectTask(taskId));

  useEffect(() => {
    if (task?.state !== 'succeeded') return;
    const { session } = useRunDialogStore.getState();
    void checkImage(client, session, image);
  }, [client, image, task?.state]);

  const pull = () => {
    setProblem(null);
    client.invoke('images.pull', { reference: image, ...runTarget() }).then(
      (started) => {
        setTaskId(started.id);
      },
      (err: unknown) => {
        setProblem(errorMessage(err));
      },
    );
  };

  if (task && task.state !== 'succeeded') {
    return (
      <div className="pull-missing">
        {task.state === 'running' && <TaskProgressBar task={task} />}
        <span role={task.state === 'failed' ? 'alert' : 'status'}>{taskStatusText(task)}</span>
        {task.state !== 'running' && (
          <button type="button" className="button" onClick={pull}>
            {t('pullAgain')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="pull-missing">
      <button type="button" className="button" onClick={pull} disabled={task?.state === 'succeeded'}>
        {t('pull', { image })}
      </button>
      {problem && <span role="alert">{problem}</span>}
    </div>
  );
}
