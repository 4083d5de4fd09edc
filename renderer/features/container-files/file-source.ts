import type { DirListing, FilePreview, UploadResult } from '../../../shared/contract/files.js';
import type { TransferTicket } from '../../../shared/contract/transfers.js';

/** Where a file browser reads from: a container's filesystem, or a volume through a helper. */
export interface FileSource {
  /** Names the listing table, e.g. "Files of web-1". */
  readonly label: string;
  list(path: string): Promise<DirListing>;
  preview(path: string): Promise<FilePreview>;
  download(path: string, format: 'raw' | 'tar'): Promise<TransferTicket>;
  /** Absent: read-only (volumes are browsed read-only). */
  readonly upload?: (dir: string, file: File) => Promise<UploadResult>;
}
