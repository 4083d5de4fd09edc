import {
  joinTokensRequest,
  kubeExportRequest,
  nodeUpdateRequest,
  objectCreateRequest,
  rotateTokenRequest,
  serviceCreateRequest,
  serviceLogsRequest,
  serviceScaleRequest,
  serviceUpdateRequest,
  stackDeployRequest,
  stackRequest,
  swarmInitRequest,
  swarmLeaveRequest,
  swarmRefRequest,
  type ConfigDetail,
  type HostInterface,
  type JoinTokens,
  type KubeExport,
  type ServiceSummary,
  type ServiceTask,
  type ServicesChanged,
  type StackSummary,
  type SwarmChanged,
  type SwarmNode,
  type SwarmObjectSummary,
  type SwarmState,
} from '../../swarm/swarm-types.js';
import type { LogChunk } from '../container-detail.js';
import { event, feature, invoke, stream } from '../define.js';
import type { TaskSummary } from '../tasks.js';
import { empty } from './empty.js';

/** Swarm mode, nodes, services, tasks, secrets, configs and stacks (issue 14). */
const invokes = {
  'swarm.state': invoke<SwarmState>()(empty),
  /** The host's addresses to advertise (Berth's host; the engine is assumed local for init). */
  'swarm.interfaces': invoke<readonly HostInterface[]>()(empty),
  'swarm.init': invoke<SwarmState>()(swarmInitRequest),
  /** A manager needs force; the renderer asks twice before sending it. */
  'swarm.leave': invoke<SwarmState>()(swarmLeaveRequest),
  'swarm.joinTokens': invoke<JoinTokens>()(joinTokensRequest),
  'swarm.rotateToken': invoke<JoinTokens>()(rotateTokenRequest),

  'nodes.list': invoke<readonly SwarmNode[]>()(empty),
  'nodes.update': invoke<SwarmNode>()(nodeUpdateRequest),

  /** Served from the backend's live model (kept by swarm events). */
  'services.list': invoke<readonly ServiceSummary[]>()(empty),
  'services.inspect': invoke<Readonly<Record<string, unknown>>>()(swarmRefRequest),
  'services.create': invoke<ServiceSummary>()(serviceCreateRequest),
  'services.scale': invoke<ServiceSummary>()(serviceScaleRequest),
  'services.update': invoke<ServiceSummary>()(serviceUpdateRequest),
  'services.rollback': invoke<ServiceSummary>()(swarmRefRequest),
  'services.remove': invoke<{ readonly id: string }>()(swarmRefRequest),
  'services.tasks': invoke<readonly ServiceTask[]>()(swarmRefRequest),

  'secrets.list': invoke<readonly SwarmObjectSummary[]>()(empty),
  'secrets.create': invoke<SwarmObjectSummary>()(objectCreateRequest),
  /** Metadata only: a secret's data is never read back. */
  'secrets.inspect': invoke<SwarmObjectSummary>()(swarmRefRequest),
  'secrets.remove': invoke<{ readonly id: string }>()(swarmRefRequest),
  'configs.list': invoke<readonly SwarmObjectSummary[]>()(empty),
  'configs.create': invoke<SwarmObjectSummary>()(objectCreateRequest),
  'configs.inspect': invoke<ConfigDetail>()(swarmRefRequest),
  'configs.remove': invoke<{ readonly id: string }>()(swarmRefRequest),

  'stacks.list': invoke<readonly StackSummary[]>()(empty),
  /** Runs `docker stack deploy` as a task (output in the tasks panel). */
  'stacks.deploy': invoke<TaskSummary>()(stackDeployRequest),
  'stacks.remove': invoke<{ readonly name: string }>()(stackRequest),

  /** Kubernetes YAML for containers (one, a selection, a compose project's); no swarm needed. */
  'kube.generate': invoke<KubeExport>()(kubeExportRequest),
} as const;

const events = {
  'services.changed': event<ServicesChanged>(),
  'swarm.changed': event<SwarmChanged>(),
} as const;

const streams = {
  /** Every task's lines, each prefixed with its task name (`web.2`). */
  'services.logs': stream<LogChunk & { readonly task: string }>()(serviceLogsRequest),
} as const;

export const swarmFeature = feature({ invokes, events, streams });
