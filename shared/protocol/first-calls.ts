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

/**
 * Which first screen a boot socket asks for, as its address's `first` value. `swarm`: the Swarm
 * and Services views, which show neither the containers nor the tasks list: their first screen
 * leaves those out (the 143 KB list of two hundred task containers, on the bench's swarm, came
 * ahead of the services it shows), and the page asks for them itself once it runs.
 */
export const FIRST_SCREENS = ['all', 'swarm'] as const;
export type FirstScreen = (typeof FIRST_SCREENS)[number];

const NOT_ON_SWARM_SCREEN: ReadonlySet<InvokeChannel> = new Set(['containers.list', 'tasks.list']);

/** The first calls of a screen, under their ids in FIRST_CALLS (a screen's leave gaps, never renumber). */
export const firstCallsFor = (screen: FirstScreen): readonly FirstCall[] =>
  screen === 'swarm' ? FIRST_CALLS.filter((c) => !NOT_ON_SWARM_SCREEN.has(c.channel)) : FIRST_CALLS;

/** The screen an address's `first` value names; null for none or an unknown one (then no first calls). */
export const firstScreenOf = (value: string | null): FirstScreen | null =>
  FIRST_SCREENS.find((screen) => screen === value) ?? null;

/** What the backend takes as received on such a socket: hello first, as the page's client sends it, then the calls. */
export const firstCallMessages = (screen: FirstScreen): ClientMessage[] => [
  { t: 'hello' },
  ...firstCallsFor(screen).map(({ id, channel }): ClientMessage => ({
    t: 'invoke',
    id,
    channel,
    payload: {},
  })),
];
