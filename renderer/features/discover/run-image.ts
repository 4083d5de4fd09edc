import type { TaskSummary } from '../../../shared/contract/tasks.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { sectionHref } from '../../app/sections.js';
import { openContainer } from '../container-detail/index.js';
import { openRunDialog } from '../run/index.js';
import { taskMessage } from '../tasks/index.js';
import { translate } from '../../i18n/index.js';
import { setFavorites, setRunStatus } from './discover-store.js';
import { messages } from './messages.js';

/**
 * Pulls with the existing pull task (its progress shows in the task tray) and resolves when it
 * ends. The listener is in place before the pull starts, so an end that comes quickly is not missed.
 */
const pull = async (client: Client, image: string, platform: string | undefined): Promise<TaskSummary> => {
  const ended = new Map<string, TaskSummary>();
  let wanted: string | null = null;
  let resolveEnd: ((task: TaskSummary) => void) | null = null;
  const off = client.on('tasks.changed', ({ task }) => {
    if (task.state === 'running') return;
    ended.set(task.id, task);
    if (task.id === wanted) resolveEnd?.(task);
  });
  try {
    const task = await client.invoke('discover.pull', { image, ...(platform ? { platform } : {}) });
    wanted = task.id;
    return await new Promise<TaskSummary>((resolve) => {
      resolveEnd = resolve;
      const already = ended.get(task.id);
      if (already) resolve(already);
    });
  } finally {
    off();
  }
};

/**
 * Pulls first, as Kitematic did, so a tag gets its newest image. When the pull fails (offline,
 * the registry gone) but a copy is here, that copy runs and the status says why.
 */
const pullOrSay = async (client: Client, image: string, platform: string | undefined): Promise<boolean> => {
  setRunStatus(translate(messages, 'pulling', { image }));
  const task = await pull(client, image, platform);
  if (task.state === 'succeeded') return true;
  const reason = translate(messages, 'notPulled', { image, reason: taskMessage(task) ?? task.state });
  const local = await client.invoke('run.imageDefaults', { image }).then(
    () => true,
    () => false,
  );
  setRunStatus(local ? translate(messages, 'usingLocal', { reason }) : reason);
  return local;
};

/**
 * Kitematic's one click: pull, create and start with its defaults (name from the image, EXPOSEd
 * ports on 127.0.0.1, each VOLUME a new named volume), then the container's logs, and the
 * published URL offered in the notice (the containers list links it).
 */
export const runImage = async (client: Client, image: string, platform?: string): Promise<void> => {
  try {
    if (!(await pullOrSay(client, image, platform))) return;
    setRunStatus(translate(messages, 'starting', { image }));
    const created = await client.invoke('discover.run', { image });
    if (!created.started) {
      setRunStatus(
        translate(messages, 'notStarted', { name: created.name, reason: created.startError ?? '' }),
      );
      return;
    }
    setFavorites(await client.invoke('discover.favorites', {}));
    window.location.hash = sectionHref('containers');
    openContainer(created.id, 'logs');
    const { url } = created;
    const started = translate(messages, 'started', { name: created.name });
    setRunStatus(url ? translate(messages, 'startedAt', { name: created.name, url }) : started);
    notify(started, url ? [translate(messages, 'publishedAt', { url })] : []);
  } catch (err) {
    setRunStatus(translate(messages, 'couldNotRun', { image, reason: errorMessage(err) }));
  }
};

/** "Customize…": the same pull and defaults, in the run dialog to change before creating. */
export const customizeRun = async (client: Client, image: string, platform?: string): Promise<void> => {
  try {
    if (!(await pullOrSay(client, image, platform))) return;
    const form = await client.invoke('discover.plan', { image });
    setRunStatus(null);
    openRunDialog({ form });
  } catch (err) {
    setRunStatus(translate(messages, 'couldNotPrepare', { image, reason: errorMessage(err) }));
  }
};
