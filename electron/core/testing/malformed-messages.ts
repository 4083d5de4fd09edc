/**
 * Hostile client messages, each with the error code it must get. Shared by the router-level
 * and the transport-level contract tests, so both layers answer the same table.
 */
export interface MalformedCase {
  readonly name: string;
  /** Raw JSON text as a client would send it (so `__proto__` keys stay own keys). */
  readonly json: string;
  readonly code: 'VALIDATION' | 'UNKNOWN_CHANNEL';
}

const invoke = (id: number, channel: string, payload: string): string =>
  `{"t":"invoke","id":${id},"channel":${JSON.stringify(channel)},"payload":${payload}}`;

export const MALFORMED_INVOKES: readonly MalformedCase[] = [
  { name: 'unknown channel', json: invoke(101, 'containers.exec.anything', '{}'), code: 'UNKNOWN_CHANNEL' },
  { name: 'prototype key as channel', json: invoke(102, '__proto__', '{}'), code: 'UNKNOWN_CHANNEL' },
  { name: 'inherited name as channel', json: invoke(103, 'toString', '{}'), code: 'UNKNOWN_CHANNEL' },
  {
    name: 'wrong type of field',
    json: invoke(104, 'containers.action', '{"action":"stop","refs":"abc"}'),
    code: 'VALIDATION',
  },
  {
    name: 'action outside the enum',
    json: invoke(105, 'containers.action', '{"action":"exec","refs":["abc"]}'),
    code: 'VALIDATION',
  },
  {
    name: 'extra field',
    json: invoke(
      106,
      'containers.remove',
      '{"refs":["abc"],"volumes":false,"force":false,"Binds":["/:/host"]}',
    ),
    code: 'VALIDATION',
  },
  {
    name: '__proto__ key in payload',
    json: invoke(107, 'containers.action', '{"action":"stop","refs":["abc"],"__proto__":{"isAdmin":true}}'),
    code: 'VALIDATION',
  },
  {
    name: 'constructor key in payload',
    json: invoke(108, 'containers.list', '{"constructor":{"prototype":{}}}'),
    code: 'VALIDATION',
  },
  {
    name: 'path traversal id',
    json: invoke(109, 'containers.action', '{"action":"kill","refs":["../../x"]}'),
    code: 'VALIDATION',
  },
  {
    name: 'id with a slash',
    json: invoke(110, 'containers.remove', '{"refs":["a/b"],"volumes":true,"force":true}'),
    code: 'VALIDATION',
  },
  {
    name: 'huge string id',
    json: invoke(111, 'containers.action', `{"action":"stop","refs":["${'a'.repeat(100_000)}"]}`),
    code: 'VALIDATION',
  },
  {
    name: 'too many ids',
    json: invoke(
      112,
      'containers.action',
      `{"action":"stop","refs":${JSON.stringify(Array.from({ length: 501 }, (_, i) => `c${i}`))}}`,
    ),
    code: 'VALIDATION',
  },
  {
    name: 'missing payload',
    json: '{"t":"invoke","id":113,"channel":"containers.list"}',
    code: 'VALIDATION',
  },
  { name: 'null payload', json: invoke(114, 'containers.remove', 'null'), code: 'VALIDATION' },
  {
    name: 'non-http url to open',
    json: invoke(115, 'shell.openExternal', '{"url":"file:///etc/passwd"}'),
    code: 'VALIDATION',
  },
];

/** Messages that cannot be attributed to a request: answered with a protocol error. */
export const MALFORMED_FRAMES: readonly string[] = [
  'not json at all',
  '[]',
  '42',
  '{"t":"launch","id":1}',
  '{"t":"invoke","id":-1,"channel":"containers.list","payload":{}}',
  '{"t":"invoke","id":"7","channel":"containers.list","payload":{}}',
  '{"t":"unsub"}',
];
