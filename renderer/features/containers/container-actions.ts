import type {
  ActionOutcome,
  ContainerAction,
  ContainerState,
  ContainerSummary,
} from '../../../shared/contract/containers.js';
import { isActive } from './container-rows.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

const verb = (action: ListAction): string => translate(messages, `verb_${action}`);

export type ListAction = ContainerAction | 'remove';

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
      title: translate(messages, 'failedOne', {
        verb: verb(action),
        name: names.get(first.ref) ?? first.ref,
      }),
      details: [first.error?.message ?? translate(messages, 'itFailed')],
    };
  }
  return {
    title: translate(messages, 'failedSome', {
      verb: verb(action),
      failed: failed.length,
      count: outcomes.length,
    }),
    details: failed.map((o) =>
      translate(messages, 'failedDetail', {
        name: names.get(o.ref) ?? o.ref,
        message: o.error?.message ?? translate(messages, 'failed'),
      }),
    ),
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
      ? translate(messages, 'failedOne', { verb: verb(action), name: first.name })
      : translate(messages, 'failedMany', { verb: verb(action), count: targets.length });
  return { title, details: [message] };
};
