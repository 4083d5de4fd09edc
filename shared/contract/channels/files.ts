import { feature, invoke } from '../define.js';
import {
  containerDownloadRequest,
  containerPathRequest,
  containerUploadRequest,
  type DirListing,
  type FilePreview,
} from '../files.js';
import type { TransferTicket } from '../transfers.js';
import { onEngine } from './engines.js';

/** Channels for a container's filesystem through the archive API (issue 6). */
const invokes = {
  'files.list': invoke<DirListing>()(onEngine(containerPathRequest)),
  'files.preview': invoke<FilePreview>()(onEngine(containerPathRequest)),
  'files.download': invoke<TransferTicket>()(onEngine(containerDownloadRequest)),
  /** An upload ticket; the body becomes one file `name` in `dir` (answers UploadResult). */
  'files.upload': invoke<TransferTicket>()(onEngine(containerUploadRequest)),
} as const;

const events = {} as const;

const streams = {} as const;

export const filesFeature = feature({ invokes, events, streams });
