import { event, feature, invoke } from '../define.js';
import {
  pruneApplyRequest,
  pruneOptions,
  type DiskUsageSummary,
  type PrunePreview,
  type PruneResult,
  type SystemInfo,
} from '../system.js';
import { empty } from './empty.js';
import { onEngine } from './engines.js';

/** Channels for the system view: info, disk usage, prune (issue 6). */
const invokes = {
  'system.info': invoke<SystemInfo>()(onEngine(empty)),
  'system.diskUsage': invoke<DiskUsageSummary>()(onEngine(empty)),
  /** Everything a prune with these options would remove, with sizes; removes nothing. */
  'system.prunePreview': invoke<PrunePreview>()(onEngine(pruneOptions)),
  /** Removes the previewed items one by one (never anything that appeared after the preview). */
  'system.pruneApply': invoke<PruneResult>()(onEngine(pruneApplyRequest)),
} as const;

const events = {
  /** After a prune: lists of containers, images, volumes and networks may refetch. */
  'system.pruned': event<PruneResult>(),
} as const;

const streams = {} as const;

export const systemFeature = feature({ invokes, events, streams });
