import { z } from 'zod';
import {
  execInput,
  execRequest,
  logsRequest,
  refRequest,
  type ContainerInspect,
  type ExecChunk,
  type LogChunk,
  type ProcessList,
  type StatsSample,
} from '../container-detail.js';
import {
  CONTAINER_ACTIONS,
  type ActionOutcome,
  type ContainerSummary,
  type ContainersChanged,
} from '../containers.js';
import { duplex, event, feature, invoke, stream } from '../define.js';
import { containerRefs } from '../ids.js';
import { engineId, onEngine } from './engines.js';

const invokes = {
  /** `engine`: which engine's model (engines.list ids); absent: the engine the CLI named at launch. */
  'containers.list': invoke<readonly ContainerSummary[]>()(z.strictObject({ engine: engineId.optional() })),
  'containers.action': invoke<readonly ActionOutcome[]>()(
    z.strictObject({ engine: engineId.optional(), action: z.enum(CONTAINER_ACTIONS), refs: containerRefs }),
  ),
  'containers.remove': invoke<readonly ActionOutcome[]>()(
    z.strictObject({
      engine: engineId.optional(),
      refs: containerRefs,
      /** Also remove the container's anonymous volumes (`docker rm -v`). */
      volumes: z.boolean(),
      force: z.boolean(),
    }),
  ),
  'containers.inspect': invoke<ContainerInspect>()(onEngine(refRequest)),
  'containers.top': invoke<ProcessList>()(onEngine(refRequest)),
} as const;

const events = {
  'containers.changed': event<ContainersChanged>(),
} as const;

const streams = {
  'containers.logs': stream<LogChunk>()(onEngine(logsRequest)),
  'containers.stats': stream<StatsSample>()(onEngine(refRequest)),
  'containers.exec': duplex<ExecChunk>()(onEngine(execRequest), execInput),
} as const;

export const containersFeature = feature({ invokes, events, streams });
