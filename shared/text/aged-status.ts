import { humanDuration, parseHumanDuration } from './human-duration.js';

/** "Up 3 minutes (healthy)", "Exited (0) 5 minutes ago", "Restarting (1) 2 seconds ago". */
const TIMED = /^(Up |(?:Exited|Restarting) \(-?\d+\) )(.+?)( ago)?( \([^()]*\))?$/;

/**
 * The engine's status text as it reads `now`: the duration in it, read at `statusAt` (epoch ms),
 * grows by the time since. The list updates without an event or an engine call; text without a
 * duration ("Created", "Dead") or an unknown form is left as it is.
 */
export const agedStatus = (status: string, statusAt: number | undefined, now: number): string => {
  if (statusAt === undefined) return status;
  const match = TIMED.exec(status);
  if (!match) return status;
  const [, prefix = '', duration = '', ago = '', suffix = ''] = match;
  const read = parseHumanDuration(duration);
  if (read === null) return status;
  return `${prefix}${humanDuration(read + Math.max(0, now - statusAt))}${ago}${suffix}`;
};
