/**
 * Files move between the user's machine and the engine (volume export/import, image save/load,
 * container files) over plain HTTP on the page's own origin rather than through the message
 * protocol: a feature's call answers with a one-time ticket, and the page downloads
 * (GET, `<a download>`) or uploads (PUT the file) at its path. In web mode the web server answers;
 * in Electron, the app:// protocol handler does.
 */
export const TRANSFER_PATH_PREFIX = '/transfers/';

export interface TransferTicket {
  /** Random and single-use: it is the capability, and it expires (see expiresAt). */
  readonly id: string;
  /** Relative to the page's origin, e.g. `/transfers/…`. */
  readonly path: string;
  readonly direction: 'download' | 'upload';
  /** The name a download is saved under. */
  readonly filename: string | null;
  /** Epoch ms after which the ticket is refused. */
  readonly expiresAt: number;
  /** Uploads: the largest body accepted. */
  readonly maxBytes: number | null;
}

/** What the transfer URL answers to an upload: the feature's own result, as JSON. */
export type UploadResponse<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

export const TRANSFER_ID_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
