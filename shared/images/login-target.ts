import type { TaskSummary } from '../contract/tasks.js';
import { parseReference } from './reference.js';

/**
 * The registry to offer a login for when a pull or push failed for want of credentials
 * (error code UNAUTHORIZED), read back from the task's title ("Pull <reference>"); else null.
 */
export const loginTargetOf = (task: TaskSummary): string | null => {
  if (task.error?.code !== 'UNAUTHORIZED' || (task.kind !== 'pull' && task.kind !== 'push')) return null;
  const reference = task.title.slice(task.title.indexOf(' ') + 1);
  const parsed = parseReference(reference);
  return parsed.ok ? parsed.reference.registry : null;
};
