import { useId, useState } from 'react';
import { TaskRow } from './TaskRow.js';
import { runningCount } from './task-progress.js';
import { useTasksStore } from './tasks-store.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/**
 * Long operations in one place, whichever view started them: a toggle in the corner with the
 * running count, and a panel listing each task with its progress, outcome and cancel.
 */
export function TaskTray() {
  const t = useT(messages);
  const tasks = useTasksStore((s) => s.tasks);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (tasks.length === 0) return null;
  const running = runningCount(tasks);
  return (
    <section className="task-tray" aria-label={t('tray')}>
      <button
        type="button"
        className="button task-tray-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((v) => !v);
        }}
      >
        {running > 0 ? t('toggleRunning', { running }) : t('toggleAll', { count: tasks.length })}
      </button>
      <div id={panelId} className="task-panel" hidden={!open}>
        <ul className="task-list" aria-label={t('list')}>
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </ul>
      </div>
    </section>
  );
}
