import type { ErrorCode } from '../../shared/contract/errors.js';
import type { TransferTicket, UploadResponse } from '../../shared/contract/transfers.js';
import { RpcError } from './rpc-error.js';
import { translate } from '../i18n/index.js';
import { ipcMessages } from './messages.js';

/**
 * Starts the browser's own download of a ticket (Electron shows its save dialog for it), so large
 * files stream to disk and never pass through the page's memory.
 */
export const startDownload = (ticket: TransferTicket): void => {
  const link = document.createElement('a');
  link.href = ticket.path;
  link.download = ticket.filename ?? '';
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
};

const isErrorCode = (code: string): code is ErrorCode => /^[A-Z_]+$/.test(code);

/** Sends a file to an upload ticket and returns what the backend made of it. */
export const uploadFile = async <T>(ticket: TransferTicket, file: Blob, signal?: AbortSignal): Promise<T> => {
  if (ticket.maxBytes !== null && file.size > ticket.maxBytes) {
    throw new RpcError('VALIDATION', translate(ipcMessages, 'fileTooLarge', { max: ticket.maxBytes }));
  }
  let response: Response;
  try {
    response = await fetch(ticket.path, { method: 'PUT', body: file, signal, credentials: 'same-origin' });
  } catch (err) {
    if (signal?.aborted) throw new RpcError('CANCELLED', translate(ipcMessages, 'uploadCancelled'));
    throw new RpcError(
      'BACKEND_LOST',
      err instanceof Error ? err.message : translate(ipcMessages, 'uploadFailed'),
    );
  }
  const body = (await response.json().catch(() => null)) as UploadResponse<T> | null;
  if (!body)
    throw new RpcError('INTERNAL', translate(ipcMessages, 'uploadFailedStatus', { status: response.status }));
  if (body.ok) return body.value;
  throw new RpcError(isErrorCode(body.error.code) ? body.error.code : 'INTERNAL', body.error.message);
};
