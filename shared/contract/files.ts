import { z } from 'zod';
import { containerPathProblem, entryNameProblem, MAX_PATH_LENGTH } from '../files/container-path.js';
import { containerRef } from './ids.js';

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

/** One child of a listed folder, read from the archive's tar header. */
export interface DirEntry {
  readonly name: string;
  readonly kind: EntryKind;
  /** Bytes; null for folders. */
  readonly size: number | null;
  /** Permission bits (0o7777). */
  readonly mode: number;
  /** Epoch ms. */
  readonly modified: number | null;
  readonly linkTarget: string | null;
}

export interface DirListing {
  readonly path: string;
  readonly entries: readonly DirEntry[];
  /** True when the listing stopped at a cap: some children are not shown. */
  readonly truncated: boolean;
}

/** A file's first bytes as text, or why it is not shown as text. */
export interface FilePreview {
  readonly path: string;
  readonly size: number;
  /** Null when the file looks binary (NUL bytes or invalid UTF-8). */
  readonly text: string | null;
  readonly binary: boolean;
  /** True when only the first `PREVIEW_MAX_BYTES` were read. */
  readonly truncated: boolean;
}

export const PREVIEW_MAX_BYTES = 256 * 1024;
/** Largest single-file upload into a container. */
export const UPLOAD_MAX_BYTES = 2 * 1024 * 1024 * 1024;

/** An absolute, normalised path: no `.`/`..` segments, no `//`, no NUL, bounded length. */
export const containerPath = z
  .string()
  .max(MAX_PATH_LENGTH)
  .superRefine((path, ctx) => {
    const problem = containerPathProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: `The path ${problem}.` });
  });

/** One file name: no `/`, not `.` or `..`, no NUL, at most 255 bytes. */
export const entryName = z
  .string()
  .max(255)
  .superRefine((name, ctx) => {
    const problem = entryNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: `The file name ${problem}.` });
  });

export const containerPathRequest = z.strictObject({ ref: containerRef, path: containerPath });

export const containerDownloadRequest = z.strictObject({
  ref: containerRef,
  path: containerPath,
  /** `raw`: the file's bytes (regular files only); `tar`: the engine's archive of the path. */
  format: z.enum(['raw', 'tar']),
});

export const containerUploadRequest = z.strictObject({
  ref: containerRef,
  /** The folder the file goes into; it must exist. */
  dir: containerPath,
  name: entryName,
  /** The tar header needs the size up front; the upload must be exactly this long. */
  size: z.number().int().min(0).max(UPLOAD_MAX_BYTES),
});

export interface UploadResult {
  readonly path: string;
  readonly size: number;
}
