import type { ComposeCommand, ProjectAction } from '../../../shared/contract/compose.js';
import { plainId } from '../../lib/engine-routing.js';
import type { ActionOutcome } from '../../../shared/contract/containers.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage, isRpcError } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { checkComposeForm } from './compose-form.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';
import { setCli, setProjectBusy, setRecent, setRunOutcome, useProjectsStore } from './projects-store.js';

/** The recent files and the compose CLI, fetched when the view opens and after a reconnect. */
export const loadComposeState = async (client: Client): Promise<void> => {
  const results = await Promise.allSettled([
    client.invoke('compose.recent', {}).then(setRecent),
    client.invoke('compose.cli', {}).then(setCli),
  ]);
  for (const result of results) {
    if (result.status === 'rejected' && !isRpcError(result.reason, 'BACKEND_LOST')) {
      notify(translate(messages, 'couldNotLoadState'), [errorMessage(result.reason)]);
    }
  }
};

/** Runs a compose command on the form's file; the console follows the task it starts. */
export const runCompose = async (client: Client, command: ComposeCommand): Promise<void> => {
  const { path, project, withVolumes } = useProjectsStore.getState();
  const problems = checkComposeForm(path, project);
  if (problems.path || problems.project) return;
  try {
    const task = await client.invoke('compose.run', {
      file: path.trim(),
      project: project === '' ? null : project,
      command,
      volumes: command === 'down' && withVolumes,
    });
    setRunOutcome(task.id, null);
  } catch (err) {
    setRunOutcome(null, errorMessage(err));
  }
};

const failures = (outcomes: readonly ActionOutcome[]): string[] =>
  outcomes
    .filter((o) => !o.ok)
    .map((o) => `${o.ref.slice(0, 12)}: ${o.error?.message ?? translate(messages, 'failed')}`);

export const runProjectAction = async (
  client: Client,
  project: string,
  action: ProjectAction,
): Promise<void> => {
  setProjectBusy(project, true);
  try {
    const problems = failures(await client.invoke('compose.projectAction', { project, action }));
    if (problems.length > 0)
      notify(translate(messages, `couldNotActionAll_${action}`, { name: plainId(project) }), problems);
  } catch (err) {
    notify(translate(messages, `couldNotAction_${action}`, { name: plainId(project) }), [errorMessage(err)]);
  } finally {
    setProjectBusy(project, false);
  }
};

export const removeProject = async (
  client: Client,
  project: string,
  options: { readonly volumes: boolean; readonly force: boolean },
): Promise<void> => {
  setProjectBusy(project, true);
  try {
    const outcome = await client.invoke('compose.projectRemove', { project, ...options });
    const problems = failures([...outcome.containers, ...outcome.networks, ...outcome.volumes]);
    if (problems.length > 0)
      notify(translate(messages, 'notRemovedCompletely', { name: plainId(project) }), problems);
  } catch (err) {
    notify(translate(messages, 'couldNotRemove', { name: plainId(project) }), [errorMessage(err)]);
  } finally {
    setProjectBusy(project, false);
  }
};
