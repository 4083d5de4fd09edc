import type { ErrorCode, ErrorText } from '../contract/errors.js';
import { worded } from '../contract/error-texts.js';

export interface PlainError {
  readonly code: ErrorCode;
  readonly message: string;
  /** The message as a key, for the renderer to word in the reader's language. */
  readonly text?: ErrorText;
}

/** What is known about a registry failure besides the engine's words. */
export interface FailureFacts {
  /** The engine's HTTP status for a refused request, or a progress message's errorDetail code. */
  readonly status?: number;
}

/**
 * The engine's message as the parts of a Go error chain ("Get \"url\": dial tcp host:port:
 * connect: connection refused"), lower case, with quoted strings (URLs) emptied first. Rules
 * compare whole parts, never substrings: a host, port, repository or tag in the message
 * (`127.0.0.1:44401`, a repository called `unauthorized`) can then never look like a cause.
 */
const partsOf = (message: string): readonly string[] =>
  message
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .split(/:\s+|\n/)
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');

type Rule = (part: string) => boolean;
const oneOf =
  (...phrases: string[]): Rule =>
  (part) =>
    phrases.includes(part);
const shaped =
  (pattern: RegExp): Rule =>
  (part) =>
    pattern.test(part);

const MISSING: readonly Rule[] = [
  oneOf('manifest unknown'),
  // "manifest for <reference> not found": the reference is one word (no spaces in references).
  shaped(/^manifest for \S+ not found$/),
];
const AUTH: readonly Rule[] = [
  // distribution's error codes ("unauthorized: authentication required", "denied: …") and the
  // engine's own words; "401 Unauthorized" is the status line of a failed login attempt.
  oneOf(
    'no basic auth credentials',
    'unauthorized',
    'denied',
    'authentication required',
    'incorrect username or password',
    '401 unauthorized',
  ),
  shaped(/^pull access denied for \S+, repository does not exist or may require 'docker login'$/),
];
const REFUSED: readonly Rule[] = [oneOf('connection refused')];
const NO_HOST: readonly Rule[] = [
  oneOf('no such host', 'server misbehaving', 'temporary failure in name resolution'),
];
const OFFLINE: readonly Rule[] = [
  oneOf(
    'i/o timeout',
    'network is unreachable',
    'tls handshake timeout',
    'no route to host',
    'connection reset by peer',
  ),
  // net/http's own words when no answer came in time.
  shaped(/\(client\.timeout exceeded while awaiting headers\)$/),
];
const HTTP_TO_HTTPS: readonly Rule[] = [oneOf('server gave http response to https client')];

const matches = (parts: readonly string[], rules: readonly Rule[]): boolean =>
  parts.some((part) => rules.some((rule) => rule(part)));

/**
 * A registry failure (from a pull, push, login or search, as the engine words it) in plain
 * words, classified by structure: the HTTP status or error code when there is one, else the
 * engine's own phrases as whole parts of its message. A 401 gets its own code so a view can
 * offer to log in to that registry.
 */
export const describeRegistryError = (
  engineMessage: string,
  registry: string,
  what: string,
  facts: FailureFacts = {},
): PlainError => {
  const said = engineMessage.trim();
  const parts = partsOf(said);
  if (matches(parts, MISSING)) {
    return {
      code: 'NOT_FOUND',
      ...worded('registryMissing', { what, registry }),
    };
  }
  if (facts.status === 401 || matches(parts, AUTH)) {
    return {
      code: 'UNAUTHORIZED',
      ...worded('registryNeedsLogin', { registry, said }),
    };
  }
  if (matches(parts, REFUSED)) {
    return {
      code: 'ENGINE_ERROR',
      ...worded('registryRefused', { registry }),
    };
  }
  if (matches(parts, NO_HOST)) {
    return {
      code: 'ENGINE_ERROR',
      ...worded('registryNoHost', { registry }),
    };
  }
  if (matches(parts, OFFLINE)) {
    return {
      code: 'ENGINE_ERROR',
      ...worded('registryOffline', { registry, said }),
    };
  }
  if (matches(parts, HTTP_TO_HTTPS)) {
    return {
      code: 'ENGINE_ERROR',
      ...worded('registryPlainHttp', { registry }),
    };
  }
  // The engine's own words stay as they are: no catalogue knows them.
  return said
    ? { code: 'ENGINE_ERROR', message: said }
    : { code: 'ENGINE_ERROR', ...worded('failedWithoutMessage', { what }) };
};

/** A part that is the engine's dial failing ("dial tcp 1.2.3.4:443", "dial tcp"). */
const DIAL: readonly Rule[] = [shaped(/^dial tcp\b/)];

/** True for the engine saying it could not reach a host at all (search goes to Docker Hub). */
export const isUnreachable = (engineMessage: string): boolean => {
  const parts = partsOf(engineMessage);
  return [REFUSED, NO_HOST, OFFLINE, DIAL].some((rules) => matches(parts, rules));
};
