import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes through a temporary file and a rename, so a crash mid-write never leaves half a file.
 * Failing is never an error for the user (these files remember conveniences): returns false.
 */
export const writeFileAtomic = (file: string, text: string): boolean => {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
    return true;
  } catch {
    return false;
  }
};
