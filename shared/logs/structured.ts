import type { LogLevel } from './explorer.js';

/** Structured log lines: JSON objects with a level and a message (pino, bunyan, zap, logrus, serilog…). */
export interface StructuredLine {
  readonly level: LogLevel | null;
  readonly message: string | null;
  readonly fields: Readonly<Record<string, unknown>>;
}

const LEVEL_KEYS = ['level', 'lvl', 'severity', 'log.level', 'levelname', '@l'] as const;
const MESSAGE_KEYS = ['msg', 'message', '@m', '@mt', 'text'] as const;

const NAMED: Readonly<Record<string, LogLevel>> = {
  trace: 'trace',
  verbose: 'trace',
  debug: 'debug',
  dbg: 'debug',
  info: 'info',
  information: 'info',
  notice: 'info',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  err: 'error',
  fatal: 'fatal',
  critical: 'fatal',
  crit: 'fatal',
  panic: 'fatal',
  emergency: 'fatal',
  alert: 'fatal',
};

/** Levels as words or as pino/bunyan numbers (10 trace … 60 fatal). */
export const normaliseLevel = (value: unknown): LogLevel | null => {
  if (typeof value === 'string') return NAMED[value.trim().toLowerCase()] ?? null;
  if (typeof value === 'number') {
    if (value >= 60) return 'fatal';
    if (value >= 50) return 'error';
    if (value >= 40) return 'warn';
    if (value >= 30) return 'info';
    if (value >= 20) return 'debug';
    if (value >= 0) return 'trace';
  }
  return null;
};

const pick = (object: Readonly<Record<string, unknown>>, keys: readonly string[]): unknown => {
  for (const key of keys) if (key in object) return object[key];
  return undefined;
};

/** The line as a structured record, or null when it is not one JSON object. */
export const parseStructured = (text: string): StructuredLine | null => {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const message = pick(fields, MESSAGE_KEYS);
  return {
    level: normaliseLevel(pick(fields, LEVEL_KEYS)),
    message: typeof message === 'string' ? message : message === undefined ? null : JSON.stringify(message),
    fields,
  };
};

export const levelOfText = (text: string): LogLevel | null => parseStructured(text)?.level ?? null;
