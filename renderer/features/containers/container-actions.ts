import type {
  ActionOutcome,
  ContainerAction,
  ContainerState,
  ContainerSummary,
} from '../../../shared/contract/containers.js';
import { isActive } from './container-rows.js';
import { countOf } from '../../../shared/text/plural.js';

export type ListAction = ContainerAction | 'remove';

export const ACTION_LABELS: Readonly<Record<ListAction, string>> = {
  start: 'Start',
  stop: 'Stop',
  restart: 'Restart',
  pause: 'Pause',
  unpause: 'Unpause',
  kill: 'Kill',
  remove: 'Remove',
};

const VERBS: Readonly<Record<ListAction, string>> = {
  start: 'start',
  stop: 'stop',
  restart: 'restart',
  pause: 'pause',
  unpause: 'unpause',
  kill: 'kill',
  remove: 'remove',
};

/**
 * Which actions make sense in which state. Sending only these keeps the engine's "not running"
 * / "not paused" refusals out of the user's way when acting on a mixed selection.
 */
export const actionApplies = (action: ListAction, state: ContainerState): boolean => {
  switch (action) {
    case 'start':
      return state === 'created' || state === 'exited';
    case 'stop':
    case 'kill':
      return isActive(state);
    case 'restart':
      return state !== 'removing' && state !== 'dead';
    case 'pause':
      return state === 'running';
    case 'unpause':
      return state === 'paused';
    case 'remove':
      return state !== 'removing';
  }
};

/** The engine refuses to remove these without force. */
export const needsForceToRemove = (state: ContainerState): boolean => isActive(state);

/** The actions a row offers for its container, in display order. */
export const rowActions = (state: ContainerState): readonly ListAction[] => {
  const actions: ListAction[] = [];
  if (actionApplies('start', state)) actions.push('start');
  if (isActive(state)) actions.push('stop');
  if (state === 'running') actions.push('pause');
  if (state === 'paused') actions.push('unpause');
  if (isActive(state)) actions.push('restart');
  if (actionApplies('remove', state)) actions.push('remove');
  return actions;
};

/** The engine refuses more refs than this in one call. */
export const MAX_REFS_PER_CALL = 500;

export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};

export interface FailureSummary {
  readonly title: string;
  readonly details: readonly string[];
}

/** Failed outcomes named by container, or null when everything went through. */
export const summarizeFailures = (
  action: ListAction,
  targets: readonly ContainerSummary[],
  outcomes: readonly ActionOutcome[],
): FailureSummary | null => {
  const names = new Map(targets.map((c) => [c.id, c.name]));
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length === 0) return null;
  const first = failed[0];
  if (failed.length === 1 && first) {
    return {
      title: `Could not ${VERBS[action]} ${names.get(first.ref) ?? first.ref}`,
      details: [first.error?.message ?? 'It failed.'],
    };
  }
  return {
    title: `Could not ${VERBS[action]} ${failed.length} of ${countOf(outcomes.length, 'container')}`,
    details: failed.map((o) => `${names.get(o.ref) ?? o.ref}: ${o.error?.message ?? 'failed'}`),
  };
};

/** When the whole call failed (engine down, link lost), every target shares the one reason. */
export const summarizeRejection = (
  action: ListAction,
  targets: readonly ContainerSummary[],
  message: string,
): FailureSummary => {
  const first = targets[0];
  const title =
    targets.length === 1 && first
      ? `Could not ${VERBS[action]} ${first.name}`
      : `Could not ${VERBS[action]} ${targets.length} containers`;
  return { title, details: [message] };
};
