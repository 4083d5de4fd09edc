import { readFileSync, existsSync } from 'node:fs';
import { Agent } from 'node:https';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import type { DockerOptions } from 'dockerode';
import type { EndpointInfo, EndpointSource } from '../../../shared/contract/engine.js';
import { defaultSocketCandidates } from './default-sockets.js';
import {
  contextMetaFile,
  readContextEndpoint,
  readContextTls,
  readCurrentContext,
  type StoreAccess,
} from './docker-context-store.js';
import {
  HostSyntaxError,
  joinHostPort,
  parseContextHost,
  parseDaemonHost,
  type HostAddress,
} from './docker-host.js';
import type { TlsMaterial } from './tls-material.js';

export type Endpoint =
  | { readonly kind: 'unix'; readonly path: string; readonly info: EndpointInfo }
  | { readonly kind: 'npipe'; readonly path: string; readonly info: EndpointInfo }
  | {
      readonly kind: 'tcp';
      readonly host: string;
      readonly port: number;
      readonly tls: TlsMaterial | null;
      readonly info: EndpointInfo;
    }
  | {
      readonly kind: 'ssh';
      readonly host: string;
      readonly port: number;
      readonly username?: string;
      readonly info: EndpointInfo;
    };

export class EndpointError extends Error {
  override readonly name = 'EndpointError';
  constructor(
    message: string,
    readonly source: EndpointSource,
    readonly context?: string,
  ) {
    super(message);
  }
}

/** Everything resolution reads from the machine, so tests can fake all of it. */
export interface ResolveEnv {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
  /** undefined when the file does not exist; other failures throw. */
  readonly readFile: (path: string) => string | undefined;
  readonly exists: (path: string) => boolean;
}

type Origin = Omit<EndpointInfo, 'url'>;

/**
 * Picks the engine the docker CLI would talk to (cli/command/cli.go resolveContextName): a non-empty DOCKER_HOST,
 * then DOCKER_CONTEXT, then `currentContext` in config.json, then the default endpoint.
 */
export function resolveEndpoint(input: ResolveEnv): Endpoint {
  const { env } = input;
  const configDir = env['DOCKER_CONFIG'] || storeJoin(input)(input.homedir, '.docker');
  if (env['DOCKER_HOST']) return resolveDefaultContext(input, configDir);
  const fromEnv = env['DOCKER_CONTEXT'];
  if (fromEnv)
    return resolveNamedContext(input, configDir, fromEnv, { source: 'DOCKER_CONTEXT', context: fromEnv });
  const configOrigin: Origin = { source: 'currentContext' };
  const current = readCurrentContext(storeAccess(input, configOrigin), configDir);
  if (current)
    return resolveNamedContext(input, configDir, current, { source: 'currentContext', context: current });
  return resolveDefaultContext(input, configDir);
}

function resolveNamedContext(input: ResolveEnv, configDir: string, name: string, origin: Origin): Endpoint {
  // "default" is not stored: it is the virtual context built from DOCKER_HOST and the TLS variables.
  if (name === 'default') return resolveDefaultContext(input, configDir, name);
  const join = storeJoin(input);
  const named =
    origin.source === 'DOCKER_CONTEXT'
      ? 'from DOCKER_CONTEXT'
      : `currentContext in ${join(configDir, 'config.json')}`;
  const store = storeAccess(input, origin, `Docker context "${name}" (${named}): `);
  const meta = readContextEndpoint(store, configDir, name);
  if (meta === undefined) {
    const file = contextMetaFile(store, configDir, name);
    throw new EndpointError(
      `Docker context "${name}" (${named}) does not exist: no ${file}`,
      origin.source,
      name,
    );
  }
  const tls = readContextTls(store, configDir, name, meta.skipTlsVerify);
  let address: HostAddress;
  try {
    address = parseContextHost(meta.host, tls !== null, input.platform);
  } catch (err) {
    if (!(err instanceof HostSyntaxError)) throw err;
    return store.fail(`invalid docker host "${meta.host}": ${err.message}`);
  }
  return toEndpoint(address, tls, origin);
}

/** `resolveDefaultDockerEndpoint`: DOCKER_HOST plus DOCKER_TLS / DOCKER_TLS_VERIFY / DOCKER_CERT_PATH. */
function resolveDefaultContext(input: ResolveEnv, configDir: string, named?: 'default'): Endpoint {
  const { env } = input;
  const hostVar = env['DOCKER_HOST'] ?? '';
  const origin: Origin = hostVar
    ? { source: 'DOCKER_HOST' }
    : { source: 'default', ...(named ? { context: named } : {}) };
  const verify = Boolean(env['DOCKER_TLS_VERIFY']);
  const tlsOn = verify || Boolean(env['DOCKER_TLS']);
  if (!hostVar && !tlsOn) {
    const candidates = defaultSocketCandidates(
      input.platform,
      input.homedir,
      env['XDG_RUNTIME_DIR'],
      storeJoin(input),
    );
    return toEndpoint(candidates.find((c) => input.exists(c.path)) ?? candidates[0], null, origin);
  }
  let address: HostAddress;
  try {
    address = parseDaemonHost(hostVar, tlsOn, input.platform);
  } catch (err) {
    if (!(err instanceof HostSyntaxError)) throw err;
    throw new EndpointError(`DOCKER_HOST "${hostVar}" is invalid: ${err.message}`, 'DOCKER_HOST');
  }
  // The CLI loads the TLS files for sockets and ssh too and then ignores them; failing on them would be pointless.
  if (address.kind !== 'tcp' || !tlsOn) return toEndpoint(address, null, origin);
  const store = storeAccess(input, origin);
  const certDir = env['DOCKER_CERT_PATH'] || configDir;
  const caFile = store.join(certDir, 'ca.pem');
  const ca = store.read(caFile);
  if (ca === undefined) {
    const by = verify ? 'DOCKER_TLS_VERIFY' : 'DOCKER_TLS';
    return store.fail(`${by} is set but the CA certificate ${caFile} does not exist (set DOCKER_CERT_PATH)`);
  }
  // Like the CLI, a missing client certificate or key just means no client authentication.
  const cert = store.read(store.join(certDir, 'cert.pem'));
  const key = store.read(store.join(certDir, 'key.pem'));
  const tls: TlsMaterial = { ca, ...(cert !== undefined && key !== undefined ? { cert, key } : {}), verify };
  return toEndpoint(address, tls, origin);
}

function toEndpoint(address: HostAddress, tls: TlsMaterial | null, origin: Origin): Endpoint {
  const info = (url: string): EndpointInfo => ({ url, ...origin });
  switch (address.kind) {
    case 'unix':
    case 'npipe':
      return { kind: address.kind, path: address.path, info: info(`${address.kind}://${address.path}`) };
    case 'tcp': {
      const url = `tcp://${joinHostPort(address.host, String(address.port))}`;
      return { kind: 'tcp', host: address.host, port: address.port, tls, info: info(url) };
    }
    case 'ssh': {
      const user = address.username === undefined ? '' : `${encodeURIComponent(address.username)}@`;
      return { ...address, info: info(`ssh://${user}${joinHostPort(address.host, String(address.port))}`) };
    }
  }
}

function storeJoin(input: ResolveEnv): (...parts: string[]) => string {
  const path = input.platform === 'win32' ? win32 : posix;
  return (...parts) => path.join(...parts);
}

function storeAccess(input: ResolveEnv, origin: Origin, prefix = ''): StoreAccess {
  const fail = (message: string): never => {
    throw new EndpointError(prefix + message, origin.source, origin.context);
  };
  return {
    read: (path) => {
      try {
        return input.readFile(path);
      } catch (err) {
        return fail(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    exists: (path) => input.exists(path),
    join: storeJoin(input),
    fail,
  };
}

export function nodeResolveEnv(): ResolveEnv {
  return {
    env: process.env,
    platform: process.platform,
    homedir: homedir(),
    readFile: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw err;
      }
    },
    exists: (path) => existsSync(path),
  };
}

/**
 * docker-modem merges its own reading of process.env *under* these options, so every field that decides where and
 * how to connect is set explicitly, even to undefined, or a stray DOCKER_HOST / DOCKER_CERT_PATH would leak in.
 */
export function dockerodeOptions(
  endpoint: Endpoint,
  env: Readonly<Record<string, string | undefined>> = process.env,
): DockerOptions {
  switch (endpoint.kind) {
    case 'unix':
    case 'npipe':
      return { socketPath: endpoint.path, host: undefined, port: undefined, protocol: 'http' };
    case 'tcp': {
      const { host, port, tls } = endpoint;
      if (tls === null) return { host, port, protocol: 'http' };
      const options: DockerOptions & { agent?: Agent } = {
        host,
        port,
        protocol: 'https',
        ca: tls.ca,
        cert: tls.cert,
        key: tls.key,
      };
      // docker-modem has no rejectUnauthorized option but hands `agent` to https.request, whose options it overrides.
      if (!tls.verify) options.agent = new Agent({ rejectUnauthorized: false });
      return options;
    }
    case 'ssh': {
      const { host, port, username } = endpoint;
      const agent = env['SSH_AUTH_SOCK'];
      return { protocol: 'ssh', host, port, username, ...(agent ? { sshOptions: { agent } } : {}) };
    }
  }
}
