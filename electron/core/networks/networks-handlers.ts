import type { CoreDeps } from '../core-deps.js';
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

export const networksHandlers = ({ connection, hub, disposables }: CoreDeps): FeatureHandlers<'networks'> => {
  disposables.add(watchNetworks(connection, () => hub.emit('networks.changed', { at: Date.now() })));
  return {
    invokes: {
      'networks.list': () => listNetworks(connection),
      'networks.create': (req) => createNetwork(connection, req),
      'networks.inspect': (req) => inspectNetworkDoc(connection, req.ref),
      'networks.remove': (req) => removeNetwork(connection, req.ref),
      'networks.connect': (req) => connectContainer(connection, req),
      'networks.disconnect': (req) => disconnectContainer(connection, req),
    },
    streams: {},
  };
};
