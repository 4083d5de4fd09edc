/** The task list (pull, push, build, save, load, prune, compose): filled in by the images work. */
export function TaskTray() {
  return null;
}
