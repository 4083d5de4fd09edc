import path from 'node:path';
import { isAppUrl } from './app-origin.js';

/*
 * What happens when a page starts a download (`will-download`). Berth's own downloads (a
 * container's files, a volume or image export) are transfer tickets on app://berth; the user
 * picks where they go in a save dialog that opens in their Downloads folder. Anything else
 * (a blob or data URL made by a page, another origin) is cancelled.
 */

export type DownloadDecision =
  | { readonly action: 'ask'; readonly defaultPath: string; readonly title: string }
  | { readonly action: 'cancel'; readonly reason: string };

export interface DownloadRequest {
  readonly url: string;
  /** The name the server or page suggested (`DownloadItem.getFilename()`). */
  readonly filename: string;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_NAME = 200;

/** A suggested name made safe as one file name on every platform; never a path, never empty. */
export const safeFilename = (suggested: string): string => {
  const base = suggested.split(/[/\\]/).pop() ?? '';
  let name = base
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_NAME) {
    const ext = path.extname(name).slice(0, 16);
    name = `${name.slice(0, MAX_NAME - ext.length)}${ext}`;
  }
  return name === '' ? 'download' : name;
};

export const downloadDecision = (request: DownloadRequest, downloadsDir: string): DownloadDecision => {
  if (!isAppUrl(request.url))
    return { action: 'cancel', reason: `not one of Berth's downloads: ${request.url}` };
  return {
    action: 'ask',
    defaultPath: path.join(downloadsDir, safeFilename(request.filename)),
    title: 'Save download',
  };
};
