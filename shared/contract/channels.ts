import { z } from 'zod';
import {
  CONTAINER_ACTIONS,
  type ActionOutcome,
  type ContainerSummary,
  type ContainersChanged,
} from './containers.js';
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
} from './container-detail.js';
import { duplex, event, invoke, stream } from './define.js';
import type { EngineEvent, EngineStatus } from './engine.js';
import { containerRefs } from './ids.js';

const empty = z.strictObject({});

/** Request/response calls. Every request schema is strict: unknown keys are refused. */
export const invokes = {
  'engine.status': invoke<EngineStatus>()(empty),
  /** Try to connect now instead of waiting for the next backoff step. */
  'engine.retry': invoke<EngineStatus>()(empty),
  'containers.list': invoke<readonly ContainerSummary[]>()(empty),
  'containers.action': invoke<readonly ActionOutcome[]>()(
    z.strictObject({ action: z.enum(CONTAINER_ACTIONS), refs: containerRefs }),
  ),
  'containers.remove': invoke<readonly ActionOutcome[]>()(
    z.strictObject({
      refs: containerRefs,
      /** Also remove the container's anonymous volumes (`docker rm -v`). */
      volumes: z.boolean(),
      force: z.boolean(),
    }),
  ),
  'containers.inspect': invoke<ContainerInspect>()(refRequest),
  'containers.top': invoke<ProcessList>()(refRequest),
  /**
   * Open an http(s) URL in the user's browser. Hosts that can show their own trustworthy
   * confirmation (Electron's main process) implement it; web mode answers UNSUPPORTED and
   * the page opens the link itself after its confirmation.
   */
  'shell.openExternal': invoke<{ readonly opened: boolean }>()(
    // Shape only (http(s), a host, no spaces or controls; IPv6 literals allowed): the handler
    // parses it fully before anything opens it.
    z.strictObject({
      url: z
        .string()
        .max(2048)
        .regex(/^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i),
    }),
  ),
} as const;

/** Pushed by the backend to every client. */
export const events = {
  'engine.status': event<EngineStatus>(),
  'containers.changed': event<ContainersChanged>(),
} as const;

/** Subscriptions owned by a client, carrying chunks until unsubscribed or ended. */
export const streams = {
  'containers.logs': stream<LogChunk>()(logsRequest),
  'containers.stats': stream<StatsSample>()(refRequest),
  'containers.exec': duplex<ExecChunk>()(execRequest, execInput),
  'engine.events': stream<EngineEvent>()(
    z.strictObject({
      types: z
        .array(z.enum(['container', 'image', 'volume', 'network']))
        .max(4)
        .optional(),
    }),
  ),
} as const;
