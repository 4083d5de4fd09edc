import { summariseDiskUsage } from '../../../shared/system/disk-usage.js';
import type { CoreDeps } from '../core-deps.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { readInventory } from './inventory-reader.js';
import { applyPrune, previewPrune } from './prune.js';
import { systemInfo } from './system-info.js';

export const systemHandlers = ({ connection, containers, hub }: CoreDeps): FeatureHandlers<'system'> => ({
  invokes: {
    'system.info': () => systemInfo(connection),
    'system.diskUsage': async () => summariseDiskUsage(await readInventory(connection)),
    'system.prunePreview': (req) => previewPrune(connection, req),
    'system.pruneApply': async (req) => {
      const result = await applyPrune(connection, req);
      const removed = result.outcomes.filter((o) => o.kind === 'containers' && o.result === 'removed');
      containers.touch(removed.map((o) => o.id));
      hub.emit('system.pruned', result);
      return result;
    },
  },
  streams: {},
});
