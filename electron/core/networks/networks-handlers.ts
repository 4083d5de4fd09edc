import type { CoreDeps } from '../core-deps.js';
import { routeEngine, withoutEngine } from '../engines/engine-route.js';
import type { FeatureHandlers } from '../rpc/router.js';
import {
  connectContainer,
  createNetwork,
  disconnectContainer,
  inspectNetworkDoc,
  removeNetwork,
} from './network-actions.js';
import { listNetworks } from './network-list.js';
import { watchNetworks } from './network-watch.js';

export const networksHandlers = ({
  connection,
  engines,
  hub,
  disposables,
}: CoreDeps): FeatureHandlers<'networks'> => {
  disposables.add(watchNetworks(connection, () => hub.emit('networks.changed', { at: Date.now() })));
  const on = (req: { engine?: string | undefined }) => routeEngine(engines, req).connection;
  return {
    invokes: {
      'networks.list': async (req) => listNetworks(on(req)),
      'networks.create': async (req) => createNetwork(on(req), withoutEngine(req)),
      'networks.inspect': async (req) => inspectNetworkDoc(on(req), req.ref),
      'networks.remove': async (req) => removeNetwork(on(req), req.ref),
      'networks.connect': async (req) => connectContainer(on(req), withoutEngine(req)),
      'networks.disconnect': async (req) => disconnectContainer(on(req), withoutEngine(req)),
    },
    streams: {},
  };
};
