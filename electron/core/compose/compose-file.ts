import { stat } from 'node:fs/promises';
import { isAbsolute, normalize } from 'node:path';
import { BerthError } from '../errors/berth-error.js';
import { worded } from '../../../shared/contract/error-texts.js';

/**
 * The compose file must be an absolute path to an existing regular file: compose runs in its
 * folder, so a relative path would depend on where Berth was started. Returns the path
 * normalised (no `a/../b`), which is what compose is given and what the recent list keeps.
 */
export const checkComposeFile = async (path: string): Promise<string> => {
  if (path.includes('\0')) throw new BerthError('VALIDATION', worded('pathHasNul'));
  if (!isAbsolute(path)) {
    throw new BerthError('VALIDATION', worded('pathNotAbsolute', { path }));
  }
  const file = normalize(path);
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new BerthError('NOT_FOUND', worded('noSuchFile', { path: file }));
    }
    if (code === 'EACCES') throw new BerthError('VALIDATION', worded('mayNotRead', { path: file }));
    throw new BerthError('VALIDATION', worded('cannotOpen', { path: file, detail: (err as Error).message }));
  }
  if (!info.isFile()) {
    throw new BerthError(
      'VALIDATION',
      worded(info.isDirectory() ? 'composeFileIsFolder' : 'composeFileNotRegular', { path: file }),
    );
  }
  return file;
};
