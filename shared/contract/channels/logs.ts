import { feature, invoke, stream } from '../define.js';
import type { TransferTicket } from '../transfers.js';
import {
  exportRequest,
  linesRequest,
  locateRequest,
  matchStepRequest,
  rowOfLineRequest,
  searchRequest,
  spoolRequest,
  type LinesAnswer,
  type SearchProgress,
  type SpoolProgress,
} from '../../logs/explorer.js';

/** The log explorer (issue 18): a spooled history read by window, searched in the backend. */
const invokes = {
  'logs.lines': invoke<LinesAnswer>()(linesRequest),
  /** The first line at or after a time (epoch ms); null when every line is older. */
  'logs.locate': invoke<{ readonly line: number | null }>()(locateRequest),
  'logs.step': invoke<{ readonly line: number | null }>()(matchStepRequest),
  /** The row of "only matching lines" at which a line (or the next one shown) is. */
  'logs.row': invoke<{ readonly row: number }>()(rowOfLineRequest),
  'logs.export': invoke<TransferTicket>()(exportRequest),
} as const;

const streams = {
  /** Opens a spool of a container's log; it lives (on disk) as long as this stream. */
  'logs.spool': stream<SpoolProgress>()(spoolRequest),
  /** A search over one spool; closing the stream cancels it and forgets its matches. */
  'logs.search': stream<SearchProgress>()(searchRequest),
} as const;

export const logsFeature = feature({ invokes, events: {}, streams });
