import { useId, useState } from 'react';
import { TaskRow } from './TaskRow.js';
import { runningCount } from './task-progress.js';
import { useTasksStore } from './tasks-store.js';

/**
 * Long operations in one place, whichever view started them: a toggle in the corner with the
 * running count, and a panel listing each task with its progress, outcome and cancel.
 */
export function TaskTray() {
  const tasks = useTasksStore((s) => s.tasks);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (tasks.length === 0) return null;
  const running = runningCount(tasks);
  return (
    <section className="task-tray" aria-label="Tasks">
      <button
        type="button"
        className="button task-tray-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((v) => !v);
        }}
      >
        Tasks{running > 0 ? ` (${running} running)` : ` (${tasks.length})`}
      </button>
      <div id={panelId} className="task-panel" hidden={!open}>
        <ul className="task-list" aria-label="Task list">
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </ul>
      </div>
    </section>
  );
}
