import { createHash } from 'node:crypto';
import type { TlsMaterial } from './tls-material.js';

/** What the store needs from the outside; `fail` throws with the caller's source and context attached. */
export interface StoreAccess {
  readonly read: (path: string) => string | undefined;
  readonly exists: (path: string) => boolean;
  readonly join: (...parts: string[]) => string;
  readonly fail: (message: string) => never;
}

export interface ContextDockerEndpoint {
  readonly host: string;
  readonly skipTlsVerify: boolean;
}

/** The store keys directories by digest so that any context name is a safe directory name. */
export function contextId(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

/** `currentContext` from `config.json`; '' when the file, the field or its value is absent. */
export function readCurrentContext(store: StoreAccess, configDir: string): string {
  const file = store.join(configDir, 'config.json');
  const config = readJsonObject(store, file);
  const value = config === undefined ? undefined : field(config, 'currentContext');
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return store.fail(`${file} is malformed: "currentContext" is not a string`);
  return value;
}

export function contextMetaFile(store: StoreAccess, configDir: string, name: string): string {
  return store.join(configDir, 'contexts', 'meta', contextId(name), 'meta.json');
}

/** The `docker` endpoint of a stored context as `cli/context/docker/load.go` reads it; undefined when missing. */
export function readContextEndpoint(
  store: StoreAccess,
  configDir: string,
  name: string,
): ContextDockerEndpoint | undefined {
  const file = contextMetaFile(store, configDir, name);
  const meta = readJsonObject(store, file);
  if (meta === undefined) return undefined;
  const endpoints = objectOrNull(store, file, field(meta, 'Endpoints'), 'Endpoints');
  const docker = objectOrNull(store, file, endpoints?.['docker'], 'Endpoints.docker');
  if (docker === null) return store.fail(`it has no docker endpoint in ${file}`);
  const host = field(docker, 'Host') ?? '';
  const skip = field(docker, 'SkipTLSVerify') ?? false;
  if (typeof host !== 'string') return store.fail(`${file} is malformed: "Host" is not a string`);
  if (typeof skip !== 'boolean') return store.fail(`${file} is malformed: "SkipTLSVerify" is not a boolean`);
  return { host, skipTlsVerify: skip };
}

/**
 * The CLI turns TLS on for a context when its TLS directory exists at all (even empty) or verification is
 * skipped; a client certificate is only used when both halves are present.
 */
export function readContextTls(
  store: StoreAccess,
  configDir: string,
  name: string,
  skipTlsVerify: boolean,
): TlsMaterial | null {
  const dir = store.join(configDir, 'contexts', 'tls', contextId(name), 'docker');
  if (!skipTlsVerify && !store.exists(dir)) return null;
  const ca = store.read(store.join(dir, 'ca.pem'));
  const cert = store.read(store.join(dir, 'cert.pem'));
  const key = store.read(store.join(dir, 'key.pem'));
  return { ca, ...(cert !== undefined && key !== undefined ? { cert, key } : {}), verify: !skipTlsVerify };
}

function readJsonObject(store: StoreAccess, file: string): Record<string, unknown> | undefined {
  const text = store.read(file);
  if (text === undefined) return undefined;
  // The CLI decodes with json.Decoder and tolerates an empty file.
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return store.fail(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return objectOrNull(store, file, parsed, 'the top level') ?? {};
}

function objectOrNull(
  store: StoreAccess,
  file: string,
  value: unknown,
  what: string,
): Record<string, unknown> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    return store.fail(`${file} is malformed: ${what} is not an object`);
  }
  return value as Record<string, unknown>;
}

/** Go's encoding/json matches keys to struct fields case-insensitively: `"host"` fills `Host`. */
function field(obj: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(obj, name)) return obj[name];
  const lower = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}
