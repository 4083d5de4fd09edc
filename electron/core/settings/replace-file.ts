import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Replaces one of Berth's own data files whole (readable by the user only): written beside it
 * under a random name, then renamed over it, so a crash or a second process never leaves half a
 * file. The folder must exist.
 */
export const replaceFile = async (path: string, text: string): Promise<void> => {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, { mode: 0o600 });
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
};
