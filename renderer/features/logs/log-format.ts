import type { LogChunk } from '../../../shared/contract/container-detail.js';

export interface StreamFilter {
  readonly stdout: boolean;
  readonly stderr: boolean;
}

const RED = '\x1b[31m';
const DEFAULT_FG = '\x1b[39m';
// Italic only: xterm draws dim text at half opacity, under 4.5:1 on the dark theme (axe).
const ITALIC = '\x1b[3m';
const NORMAL = '\x1b[23m';

/**
 * Turns log chunks into what the terminal draws: stderr in red, Berth's own notes in
 * italic on a line of their own. The terminal (convertEol) turns '\n' into a new line.
 */
export const createLogFormatter = () => {
  let atLineStart = true;
  return (chunk: LogChunk, filter: StreamFilter): string => {
    if (chunk.text.length === 0) return '';
    if (chunk.stream === 'system') {
      const lead = atLineStart ? '' : '\n';
      const body = chunk.text.endsWith('\n') ? chunk.text.slice(0, -1) : chunk.text;
      atLineStart = true;
      return `${lead}${ITALIC}${body}${NORMAL}\n`;
    }
    if (!filter[chunk.stream]) return '';
    atLineStart = chunk.text.endsWith('\n');
    return chunk.stream === 'stderr' ? `${RED}${chunk.text}${DEFAULT_FG}` : chunk.text;
  };
};

/** A `datetime-local` value as epoch seconds; empty or invalid: no bound. */
export const epochSeconds = (value: string): number | undefined => {
  if (value === '') return undefined;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 1000) : undefined;
};

/** The "Lines of history" field: a whole number in the contract's range, else the default. */
export const tailLines = (value: string, fallback = 1000): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 10_000_000 ? n : fallback;
};

export const fileName = (containerName: string, at: Date): string => {
  const stamp = at.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  return `${containerName.replace(/[^a-zA-Z0-9_.-]/g, '_')}-${stamp}.log`;
};
