import { buildEvents, buildInvokes, buildStreams } from './channels/build.js';
import { composeEvents, composeInvokes, composeStreams } from './channels/compose.js';
import { containerEvents, containerInvokes, containerStreams } from './channels/containers.js';
import { engineEvents, engineInvokes, engineStreams } from './channels/engine.js';
import { filesEvents, filesInvokes, filesStreams } from './channels/files.js';
import { imagesEvents, imagesInvokes, imagesStreams } from './channels/images.js';
import { networksEvents, networksInvokes, networksStreams } from './channels/networks.js';
import { runEvents, runInvokes, runStreams } from './channels/run.js';
import { swarmEvents, swarmInvokes, swarmStreams } from './channels/swarm.js';
import { systemEvents, systemInvokes, systemStreams } from './channels/system.js';
import { tasksEvents, tasksInvokes, tasksStreams } from './channels/tasks.js';
import { volumesEvents, volumesInvokes, volumesStreams } from './channels/volumes.js';

/**
 * Every channel, one group per feature (shared/contract/channels/). Request schemas are strict:
 * unknown keys are refused. A channel name must be unique across groups.
 */
export const invokes = {
  ...engineInvokes,
  ...containerInvokes,
  ...runInvokes,
  ...imagesInvokes,
  ...buildInvokes,
  ...tasksInvokes,
  ...volumesInvokes,
  ...filesInvokes,
  ...networksInvokes,
  ...composeInvokes,
  ...systemInvokes,
  ...swarmInvokes,
} as const;

/** Pushed by the backend to every client. */
export const events = {
  ...engineEvents,
  ...containerEvents,
  ...runEvents,
  ...imagesEvents,
  ...buildEvents,
  ...tasksEvents,
  ...volumesEvents,
  ...filesEvents,
  ...networksEvents,
  ...composeEvents,
  ...systemEvents,
  ...swarmEvents,
} as const;

/** Subscriptions owned by a client, carrying chunks until unsubscribed or ended. */
export const streams = {
  ...engineStreams,
  ...containerStreams,
  ...runStreams,
  ...imagesStreams,
  ...buildStreams,
  ...tasksStreams,
  ...volumesStreams,
  ...filesStreams,
  ...networksStreams,
  ...composeStreams,
  ...systemStreams,
  ...swarmStreams,
} as const;

/** Each feature's groups, for the check that no two features declare the same channel name. */
export const channelGroups = [
  [engineInvokes, engineEvents, engineStreams],
  [containerInvokes, containerEvents, containerStreams],
  [runInvokes, runEvents, runStreams],
  [imagesInvokes, imagesEvents, imagesStreams],
  [buildInvokes, buildEvents, buildStreams],
  [tasksInvokes, tasksEvents, tasksStreams],
  [volumesInvokes, volumesEvents, volumesStreams],
  [filesInvokes, filesEvents, filesStreams],
  [networksInvokes, networksEvents, networksStreams],
  [composeInvokes, composeEvents, composeStreams],
  [systemInvokes, systemEvents, systemStreams],
  [swarmInvokes, swarmEvents, swarmStreams],
] as const;
