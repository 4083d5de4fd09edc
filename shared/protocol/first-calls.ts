import type { InvokeChannel } from '../contract/types.js';
import type { ClientMessage } from './messages.js';

/**
 * Web mode's first socket (the page's boot script opens it, before the app has loaded) asks in its
 * address for the calls every page load makes first. The backend then runs them the moment the
 * socket opens, as if the page had sent them: the answers are on their way while the page is
 * still compiling its script, and its busy main thread no longer has to send them first.
 */
export const FIRST_CALLS_PARAM = 'first';

/** A call of the first screen: the app's first call on `channel` (with an empty request) takes its answer. */
export interface FirstCall {
  readonly id: number;
  readonly channel: InvokeChannel;
}

/**
 * Each with an empty request: the engine's state and its containers (the first screen), the
 * tasks, the settings (which engines the list shows), the engines and contexts, and the swarm
 * state and services (the sidebar; the services list). Numbered from 1: the page numbers its own
 * calls after them.
 */
export const FIRST_CALLS: readonly FirstCall[] = (
  [
    'engine.status',
    'containers.list',
    'tasks.list',
    'settings.get',
    'engines.list',
    'contexts.list',
    'swarm.state',
    'services.list',
  ] as const satisfies readonly InvokeChannel[]
).map((channel, i) => ({ id: i + 1, channel }));

/** What the backend takes as received on such a socket: hello first, as the page's client sends it, then the calls. */
export const firstCallMessages = (): ClientMessage[] => [
  { t: 'hello' },
  ...FIRST_CALLS.map(({ id, channel }): ClientMessage => ({ t: 'invoke', id, channel, payload: {} })),
];
