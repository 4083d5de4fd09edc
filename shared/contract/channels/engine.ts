import { z } from 'zod';
import { event, feature, invoke, stream } from '../define.js';
import type { EngineEvent, EngineStatus } from '../engine.js';
import { empty } from './empty.js';

const invokes = {
  'engine.status': invoke<EngineStatus>()(empty),
  /** Try to connect now instead of waiting for the next backoff step. */
  'engine.retry': invoke<EngineStatus>()(empty),
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
  /**
   * A native file or folder picker. Only Electron has one (the page cannot see the user's disk);
   * web mode answers UNSUPPORTED and the form keeps its typed path.
   */
  'shell.pickPath': invoke<{ readonly path: string | null }>()(
    z.strictObject({
      kind: z.enum(['file', 'folder']),
      title: z.string().min(1).max(200),
      /** Where the picker starts; ignored when it does not exist. */
      defaultPath: z.string().max(4096).optional(),
    }),
  ),
} as const;

const events = {
  'engine.status': event<EngineStatus>(),
} as const;

const streams = {
  'engine.events': stream<EngineEvent>()(
    z.strictObject({
      types: z
        .array(z.enum(['container', 'image', 'volume', 'network', 'service', 'node', 'secret', 'config']))
        .max(8)
        .optional(),
    }),
  ),
} as const;

export const engineFeature = feature({ invokes, events, streams });
