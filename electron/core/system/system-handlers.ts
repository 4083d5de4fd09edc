import { summariseDiskUsage } from '../../../shared/system/disk-usage.js';
import type { CoreDeps } from '../core-deps.js';
import { routeEngine, withoutEngine } from '../engines/engine-route.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { readInventory } from './inventory-reader.js';
import { applyPrune, previewPrune } from './prune.js';
import { systemInfo } from './system-info.js';

export const systemHandlers = ({ engines, hub }: CoreDeps): FeatureHandlers<'system'> => ({
  invokes: {
    'system.info': async (req) => systemInfo(routeEngine(engines, req).connection),
    'system.diskUsage': async (req) =>
      summariseDiskUsage(await readInventory(routeEngine(engines, req).connection)),
    'system.prunePreview': async (req) =>
      previewPrune(routeEngine(engines, req).connection, withoutEngine(req)),
    'system.pruneApply': async (req) => {
      const scope = routeEngine(engines, req);
      const result = await applyPrune(scope.connection, withoutEngine(req));
      const removed = result.outcomes.filter((o) => o.kind === 'containers' && o.result === 'removed');
      scope.containers.touch(removed.map((o) => o.id));
      hub.emit('system.pruned', result);
      return result;
    },
  },
  streams: {},
});
