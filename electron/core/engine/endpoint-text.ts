import type { EndpointInfo } from '../../../shared/contract/engine.js';
import { type Worded, worded } from '../../../shared/contract/error-texts.js';
import { BerthError } from '../errors/berth-error.js';
import { engineMessage, isAbortError } from '../errors/docker-errors.js';

/**
 * "unix:///var/run/docker.sock (from DOCKER_HOST)": where Berth looked and why there. The
 * renderer words the same from the status's endpoint (the `endpoint…` keys), so a reason's
 * `{{where}}` reads in the reader's language too.
 */
export const describeEndpoint = (info: EndpointInfo | null): string => endpointWords(info).message;

const endpointWords = (info: EndpointInfo | null): Worded => {
  if (!info) return worded('endpointNone');
  const context = info.context ?? '';
  switch (info.source) {
    case 'DOCKER_HOST':
      return worded('endpointDockerHost', { url: info.url });
    case 'DOCKER_CONTEXT':
      return worded('endpointDockerContext', { url: info.url, context });
    case 'currentContext':
      return worded('endpointCurrentContext', { url: info.url, context });
    case 'default':
      return worded('endpointDefault', { url: info.url });
  }
};

/** The system errors a connection commonly fails with, each worded by its own key. */
const SYSTEM_ERRORS = {
  ENOENT: 'engineNotReachableENOENT',
  ECONNREFUSED: 'engineNotReachableECONNREFUSED',
  EACCES: 'engineNotReachableEACCES',
  ECONNRESET: 'engineNotReachableECONNRESET',
  ENOTFOUND: 'engineNotReachableENOTFOUND',
  EHOSTUNREACH: 'engineNotReachableEHOSTUNREACH',
  ETIMEDOUT: 'engineNotReachableETIMEDOUT',
} as const;

const isSystemError = (code: string): code is keyof typeof SYSTEM_ERRORS =>
  Object.hasOwn(SYSTEM_ERRORS, code);

/** A person-readable reason for a failed handshake or health probe, with its key for the reader's language. */
export const failureReason = (info: EndpointInfo | null, err: unknown, timeoutMs: number): Worded => {
  const where = describeEndpoint(info);
  if (isAbortError(err))
    return worded('engineNotReachableTimeout', { where, seconds: Math.round(timeoutMs / 1000) });
  // An engine too old for Berth (refused by a connect hook) keeps its own key, both versions as parameters.
  if (err instanceof BerthError && err.text?.key === 'engineApiTooOld') {
    return worded('engineNotReachableTooOld', { ...err.text.params, where });
  }
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (isSystemError(code)) return worded(SYSTEM_ERRORS[code], { where });
  return worded('engineNotReachableAt', { where, detail: engineMessage(err) });
};
