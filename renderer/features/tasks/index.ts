/** Long tasks (pulls, builds): the tray, a task's console and progress, and the store they read. */
export {
  taskItemLabel,
  taskItemText,
  taskMessage,
  taskStatusText,
  taskStep,
  taskTitle,
} from './task-progress.js';
export { TaskConsole } from './TaskConsole.js';
export { TaskProgressBar } from './TaskRow.js';
export { applyTaskChanged, resetTasks, selectTask, useTasksStore } from './tasks-store.js';
export { TaskTray } from './TaskTray.js';
