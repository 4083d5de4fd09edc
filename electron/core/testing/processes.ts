import { readdir, readFile } from 'node:fs/promises';

export interface LiveProcess {
  readonly pid: number;
  readonly cmdline: string;
}

const read = async (path: string): Promise<string | null> => {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
};

/**
 * Processes (from /proc, Linux) whose command line contains `text` or whose pid is in `pids`,
 * not counting zombies: a killed process its parent has not reaped yet is gone for our needs.
 */
export const liveProcesses = async (
  text: string,
  pids: readonly number[] = [],
): Promise<readonly LiveProcess[]> => {
  const found: LiveProcess[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const cmdline = (await read(`/proc/${entry}/cmdline`))?.replaceAll('\0', ' ').trim() ?? '';
    if (!cmdline.includes(text) && !pids.includes(pid)) continue;
    const stat = await read(`/proc/${entry}/stat`);
    // Field 3, after the parenthesised command name, is the state.
    const state = stat?.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (stat === null || state === 'Z' || state === 'X') continue;
    found.push({ pid, cmdline });
  }
  return found;
};
