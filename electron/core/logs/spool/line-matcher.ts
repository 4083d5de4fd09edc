import type { LogLevel, SearchQuery } from '../../../../shared/logs/explorer.js';
import { levelOfText } from '../../../../shared/logs/structured.js';
import { BerthError } from '../../errors/berth-error.js';
import { worded } from '../../../../shared/contract/error-texts.js';
import { parseStored } from './log-spool.js';

// eslint-disable-next-line no-control-regex -- colours are what the spool keeps of control codes
const SGR = /\x1b\[[0-9;:]*m/g;

/** Text as the user reads it: colours removed. */
export const plainText = (text: string): string => (text.includes('\x1b') ? text.replace(SGR, '') : text);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether one stored line matches a search. Built once per search; a bad regular expression is
 * refused here, with the engine's own words for what is wrong, before anything is searched.
 * `timeOf` gives a line's time (inline, or from the spool's side store).
 */
export const lineMatcher = (
  query: SearchQuery,
  timeOf: (n: number, stored: string) => number,
): ((n: number, stored: string) => boolean) => {
  let pattern: RegExp | null = null;
  if (query.text !== '') {
    try {
      pattern = new RegExp(query.regex ? query.text : escapeRegExp(query.text), query.matchCase ? '' : 'i');
    } catch (err) {
      throw new BerthError(
        'VALIDATION',
        worded('notRegex', { detail: err instanceof Error ? err.message : String(err) }),
      );
    }
  }
  const { stdout, stderr } = query.streams;
  const from = query.from ?? Number.NEGATIVE_INFINITY;
  const to = query.to ?? Number.POSITIVE_INFINITY;
  const timed = query.from !== undefined || query.to !== undefined;
  const levels: ReadonlySet<LogLevel> | null = query.levels ? new Set(query.levels) : null;
  return (n, stored) => {
    const kind = stored.charCodeAt(0);
    if (kind === 0x6f /* o */ && !stdout) return false;
    if (kind === 0x65 /* e */ && !stderr) return false;
    const line = parseStored(0, stored);
    if (timed) {
      const time = timeOf(n, stored);
      if (!(time >= from && time <= to)) return false;
    }
    if (levels) {
      const level = levelOfText(line.text);
      if (level === null || !levels.has(level)) return false;
    }
    return pattern === null || pattern.test(plainText(line.text));
  };
};
