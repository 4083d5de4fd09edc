import {
  connectRequest,
  createNetworkRequest,
  disconnectRequest,
  networkRefRequest,
  type NetworkInspect,
  type NetworksChanged,
  type NetworksList,
  type NetworkSummary,
} from '../networks.js';
import { event, feature, invoke } from '../define.js';
import { empty } from './empty.js';
import { onEngine } from './engines.js';

/** Channels for networks (issue 6). */
const invokes = {
  'networks.list': invoke<NetworksList>()(onEngine(empty)),
  /** Validated as a whole first (CIDRs, gateway and range in the subnet, overlaps): VALIDATION with issues. */
  'networks.create': invoke<NetworkSummary>()(onEngine(createNetworkRequest)),
  'networks.inspect': invoke<NetworkInspect>()(onEngine(networkRefRequest)),
  /** Refused for bridge/host/none and while containers are attached (CONFLICT naming them). */
  'networks.remove': invoke<{ readonly removed: string }>()(onEngine(networkRefRequest)),
  'networks.connect': invoke<{ readonly connected: true }>()(onEngine(connectRequest)),
  'networks.disconnect': invoke<{ readonly disconnected: true }>()(onEngine(disconnectRequest)),
} as const;

const events = {
  'networks.changed': event<NetworksChanged>(),
} as const;

const streams = {} as const;

export const networksFeature = feature({ invokes, events, streams });
