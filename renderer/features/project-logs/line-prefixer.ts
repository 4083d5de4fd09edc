import type { LogChunk } from '../../../shared/contract/container-detail.js';

const RED = '\x1b[31m';
const DEFAULT_FG = '\x1b[39m';
// Italic only: xterm draws dim text at half opacity, under 4.5:1 on the dark theme (axe).
const ITALIC = '\x1b[3m';
const NORMAL = '\x1b[23m';

type OutputStream = 'stdout' | 'stderr';

export interface LinePrefixer {
  /** Complete lines of `chunk`, each led by `prefix`; a trailing partial line waits for its end. */
  format(source: string, prefix: string, chunk: LogChunk): string;
  /** The source left: what it had buffered, as lines of their own. */
  flush(source: string, prefix: string): string;
}

const body = (stream: LogChunk['stream'], line: string): string => {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (stream === 'stderr') return `${RED}${text}${DEFAULT_FG}`;
  if (stream === 'system') return `${ITALIC}${text}${NORMAL}`;
  return text;
};

/**
 * Interleaves several containers' output line by line. Partial lines are kept per container
 * and stream until their newline, so one container's prefix never lands inside another's line.
 * A partial line longer than `maxPartial` is let out as a line of its own, to bound memory.
 */
export const createLinePrefixer = (maxPartial = 64 * 1024): LinePrefixer => {
  const partials = new Map<string, Record<OutputStream, string>>();

  const partialsOf = (source: string): Record<OutputStream, string> => {
    let held = partials.get(source);
    if (!held) {
      held = { stdout: '', stderr: '' };
      partials.set(source, held);
    }
    return held;
  };

  return {
    format(source, prefix, chunk) {
      if (chunk.text.length === 0) return '';
      if (chunk.stream === 'system') {
        // Berth's notes are whole lines of their own.
        const text = chunk.text.endsWith('\n') ? chunk.text.slice(0, -1) : chunk.text;
        return text
          .split('\n')
          .map((line) => `${prefix}${body('system', line)}\n`)
          .join('');
      }
      const held = partialsOf(source);
      const lines = (held[chunk.stream] + chunk.text).split('\n');
      let rest = lines.pop() ?? '';
      let out = '';
      for (const line of lines) out += `${prefix}${body(chunk.stream, line)}\n`;
      if (rest.length > maxPartial) {
        out += `${prefix}${body(chunk.stream, rest)}\n`;
        rest = '';
      }
      held[chunk.stream] = rest;
      return out;
    },
    flush(source, prefix) {
      const held = partials.get(source);
      partials.delete(source);
      if (!held) return '';
      let out = '';
      if (held.stdout !== '') out += `${prefix}${body('stdout', held.stdout)}\n`;
      if (held.stderr !== '') out += `${prefix}${body('stderr', held.stderr)}\n`;
      return out;
    },
  };
};
