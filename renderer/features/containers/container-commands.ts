import type {
  ActionOutcome,
  ContainerAction,
  ContainerSummary,
} from '../../../shared/contract/containers.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { chunkByEngine } from '../../lib/engine-routing.js';
import {
  MAX_REFS_PER_CALL,
  summarizeFailures,
  summarizeRejection,
  type ListAction,
} from './container-actions.js';
import { setBusy } from './containers-store.js';

const runInChunks = async (
  action: ListAction,
  targets: readonly ContainerSummary[],
  call: (refs: string[]) => Promise<readonly ActionOutcome[]>,
): Promise<void> => {
  if (targets.length === 0) return;
  const ids = targets.map((c) => c.id);
  setBusy(ids, true);
  try {
    const outcomes: ActionOutcome[] = [];
    for (const refs of chunkByEngine(ids, MAX_REFS_PER_CALL)) outcomes.push(...(await call(refs)));
    const failure = summarizeFailures(action, targets, outcomes);
    if (failure) notify(failure.title, failure.details);
  } catch (err) {
    const failure = summarizeRejection(action, targets, errorMessage(err));
    notify(failure.title, failure.details);
  } finally {
    setBusy(ids, false);
  }
};

/** Runs an action on containers by id; failures become notices naming each container. */
export const runContainerAction = (
  client: Client,
  action: ContainerAction,
  targets: readonly ContainerSummary[],
): Promise<void> =>
  runInChunks(action, targets, (refs) => client.invoke('containers.action', { action, refs }));

export const removeContainers = (
  client: Client,
  targets: readonly ContainerSummary[],
  options: { readonly volumes: boolean; readonly force: boolean },
): Promise<void> =>
  runInChunks('remove', targets, (refs) => client.invoke('containers.remove', { refs, ...options }));
