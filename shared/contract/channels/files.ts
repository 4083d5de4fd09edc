import { invoke } from '../define.js';
import {
  containerDownloadRequest,
  containerPathRequest,
  containerUploadRequest,
  type DirListing,
  type FilePreview,
} from '../files.js';
import type { TransferTicket } from '../transfers.js';

/** Channels for a container's filesystem through the archive API (issue 6). */
export const filesInvokes = {
  'files.list': invoke<DirListing>()(containerPathRequest),
  'files.preview': invoke<FilePreview>()(containerPathRequest),
  'files.download': invoke<TransferTicket>()(containerDownloadRequest),
  /** An upload ticket; the body becomes one file `name` in `dir` (answers UploadResult). */
  'files.upload': invoke<TransferTicket>()(containerUploadRequest),
} as const;

export const filesEvents = {} as const;

export const filesStreams = {} as const;
