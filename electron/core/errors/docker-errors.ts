import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { BerthError } from './berth-error.js';

interface ModemError {
  readonly statusCode?: number;
  readonly json?: unknown;
  readonly code?: string;
  readonly name?: string;
  readonly message?: string;
}

const asModemError = (err: unknown): ModemError => (typeof err === 'object' && err !== null ? err : {});

/** docker-modem's "(HTTP code 404) no such container - <engine message> " for a refused stream. */
const MODEM_PREFIX = /^\(HTTP code \d+\) .*? - (.*)$/s;

/**
 * The engine's own message, without docker-modem's "(HTTP code 404) no such container -" prefix
 * (for a refused stream docker-modem keeps the engine's answer only inside its own message).
 */
export const engineMessage = (err: unknown): string => {
  const e = asModemError(err);
  const json = e.json;
  if (typeof json === 'object' && json !== null && 'message' in json && typeof json.message === 'string') {
    return json.message;
  }
  if (typeof json === 'string' && json.trim()) return json.trim();
  if (Buffer.isBuffer(json) && json.length > 0) return json.toString('utf8').trim();
  const message = e.message ?? String(err);
  return e.statusCode === undefined ? message : (MODEM_PREFIX.exec(message)?.[1]?.trim() ?? message);
};

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOENT',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EACCES',
]);

/** True for errors that mean "the engine is not there", as opposed to "the engine said no". */
export const isConnectionError = (err: unknown): boolean => {
  const e = asModemError(err);
  return e.statusCode === undefined && e.code !== undefined && UNREACHABLE_CODES.has(e.code);
};

export const isAbortError = (err: unknown): boolean => {
  const e = asModemError(err);
  return e.name === 'AbortError' || e.code === 'ABORT_ERR';
};

/** Maps whatever dockerode threw to a stable envelope; unknown shapes never leak a stack. */
export const toEnvelope = (err: unknown): ErrorEnvelope => {
  if (err instanceof BerthError) return err.toEnvelope();
  const e = asModemError(err);
  if (isAbortError(err)) return { code: 'TIMEOUT', ...worded('engineNotResponding') };
  if (isConnectionError(err)) {
    if (e.code === 'EACCES') return { code: 'ENGINE_UNREACHABLE', ...worded('engineSocketDenied') };
    return {
      code: 'ENGINE_UNREACHABLE',
      ...worded('engineUnreachable', { detail: e.message ?? e.code ?? '' }),
    };
  }
  switch (e.statusCode) {
    case 400:
      return { code: 'VALIDATION', message: engineMessage(err) };
    case 404:
      return { code: 'NOT_FOUND', message: engineMessage(err) };
    case 409:
      return { code: 'CONFLICT', message: engineMessage(err) };
    case undefined:
      return { code: 'INTERNAL', ...worded('internal') };
    default:
      return { code: 'ENGINE_ERROR', message: engineMessage(err) };
  }
};

export const statusCodeOf = (err: unknown): number | undefined => asModemError(err).statusCode;
