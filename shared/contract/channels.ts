import { buildFeature } from './channels/build.js';
import { composeFeature } from './channels/compose.js';
import { containersFeature } from './channels/containers.js';
import { containerToolsFeature } from './channels/container-tools.js';
import { imageUpdatesFeature } from './channels/image-updates.js';
import { discoverFeature } from './channels/discover.js';
import { engineFeature } from './channels/engine.js';
import { enginesFeature } from './channels/engines.js';
import { filesFeature } from './channels/files.js';
import { imagesFeature } from './channels/images.js';
import { networksFeature } from './channels/networks.js';
import { runFeature } from './channels/run.js';
import { settingsFeature } from './channels/settings.js';
import { logsFeature } from './channels/logs.js';
import { swarmFeature } from './channels/swarm.js';
import { systemFeature } from './channels/system.js';
import { tasksFeature } from './channels/tasks.js';
import { volumesFeature } from './channels/volumes.js';
import { alertsFeature } from './channels/alerts.js';

/**
 * Every feature, once: each declares its channels in its own group (shared/contract/channels/),
 * and the maps below and the backend's handler table (electron/core/features.ts) are derived
 * from this list. Request schemas are strict: unknown keys are refused. A channel name must be
 * unique across features.
 */
export const features = {
  engine: engineFeature,
  engines: enginesFeature,
  containers: containersFeature,
  run: runFeature,
  images: imagesFeature,
  build: buildFeature,
  tasks: tasksFeature,
  volumes: volumesFeature,
  files: filesFeature,
  networks: networksFeature,
  compose: composeFeature,
  system: systemFeature,
  swarm: swarmFeature,
  discover: discoverFeature,
  settings: settingsFeature,
  containerTools: containerToolsFeature,
  imageUpdates: imageUpdatesFeature,
  alerts: alertsFeature,
  logs: logsFeature,
} as const;

export type Features = typeof features;
export type FeatureName = keyof Features;
type Group = 'invokes' | 'events' | 'streams';

/** Every feature's channels of one group, flattened into one map keyed by channel name. */
export type ChannelMap<G extends Group> = {
  readonly [C in { [F in FeatureName]: keyof Features[F][G] }[FeatureName]]: {
    [F in FeatureName]: C extends keyof Features[F][G] ? Features[F][G][C] : never;
  }[FeatureName];
};

const merge = <G extends Group>(group: G): ChannelMap<G> =>
  // Own keys only: the router looks channels up with Object.hasOwn.
  Object.assign({}, ...Object.values(features).map((f) => f[group])) as ChannelMap<G>;

export const invokes = merge('invokes');

/** Pushed by the backend to every client. */
export const events = merge('events');

/** Subscriptions owned by a client, carrying chunks until unsubscribed or ended. */
export const streams = merge('streams');

/** Each feature's groups, for the check that no two features declare the same channel name. */
export const channelGroups = Object.values(features).map((f) => [f.invokes, f.events, f.streams] as const);
