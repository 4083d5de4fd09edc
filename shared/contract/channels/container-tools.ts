import {
  commitRequest,
  composeExportRequest,
  exportRequest,
  renameRequest,
  type CommitResult,
  type ComposeExport,
} from '../container-tools.js';
import { feature, invoke } from '../define.js';
import { onEngine } from './engines.js';
import type { TransferTicket } from '../transfers.js';

/** Rename in place, commit to an image, export the filesystem, copy as a compose file. */
const invokes = {
  'containers.rename': invoke<{ readonly name: string }>()(onEngine(renameRequest)),
  'containers.commit': invoke<CommitResult>()(onEngine(commitRequest)),
  /** A download ticket for `docker export`'s tar; the engine call starts when the page fetches it. */
  'containers.export': invoke<TransferTicket>()(onEngine(exportRequest)),
  'compose.fromContainers': invoke<ComposeExport>()(onEngine(composeExportRequest)),
} as const;

const events = {} as const;

const streams = {} as const;

export const containerToolsFeature = feature({ invokes, events, streams });
