import type { TaskItem } from '../../../shared/contract/tasks.js';

const V1 =
  /^(Creating|Recreating|Starting|Stopping|Removing|Restarting|Pulling|Building|Killing)\s+(\S+)\s+\.\.\.\s*(done|error)?\s*$/;
const V2 =
  /^\s*(?:Container|Network|Volume)\s+(\S+)\s+(Creating|Created|Starting|Started|Stopping|Stopped|Removing|Removed|Restarting|Healthy|Waiting|Running|Error)\s*$/;

/**
 * One line of compose output → a task item for the container (or network, volume) it names,
 * so the task list shows each one's last step. v1 prints "Creating app_web_1 ... done", v2
 * " Container app-web-1  Started". Other lines (warnings, build output) are not items.
 */
export const progressItem = (line: string): TaskItem | null => {
  const v1 = V1.exec(line);
  if (v1?.[1] && v1[2]) {
    const [, verb, name, outcome] = v1;
    return {
      id: name,
      label: name,
      status: outcome ? `${verb} ${outcome}` : `${verb}…`,
      current: outcome ? 1 : 0,
      total: 1,
    };
  }
  const v2 = V2.exec(line);
  if (v2?.[1] && v2[2]) {
    const [, name, status] = v2;
    const done = /ed$|^Healthy$|^Running$|^Error$/.test(status);
    return { id: name, label: name, status, current: done ? 1 : 0, total: 1 };
  }
  return null;
};
