import Docker from 'dockerode';
import type { Agent } from 'node:http';
import { dockerodeOptions, type Endpoint } from '../engine/endpoint.js';
import { createSshAgent, type SshDialOptions } from './ssh-dial.js';
import { VerifyingTlsAgent } from './tls-agent.js';

export interface EngineClientOptions {
  readonly ssh?: SshDialOptions;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A dockerode client plus the agent whose connections it owns, so disposing the client ends them. */
export interface EngineClient {
  readonly docker: Docker;
  /** Closes kept-alive connections (ssh children, TLS sockets); in-flight requests end with an error. */
  readonly dispose: () => void;
}

/**
 * dockerode for an endpoint, the way the docker CLI connects: ssh through the system `ssh` binary running
 * `docker system dial-stdio` (so ~/.ssh/config aliases, ProxyJump, agent and identities apply), TLS verified before
 * a byte of HTTP is sent, with a refusal that names the certificate; sockets as before.
 */
export function createEngineClient(endpoint: Endpoint, options: EngineClientOptions = {}): EngineClient {
  let agent: Agent | undefined;
  let docker: Docker;
  if (endpoint.kind === 'ssh') {
    const env = options.ssh?.env ?? options.env;
    agent = createSshAgent(endpoint, { ...options.ssh, ...(env ? { env: { ...env } } : {}) });
    // docker-modem merges its reading of process.env under these: every addressing field is set explicitly.
    docker = new Docker({
      protocol: 'http',
      host: endpoint.host,
      port: endpoint.port,
      socketPath: undefined,
      ca: undefined,
      cert: undefined,
      key: undefined,
      agent,
    } as Docker.DockerOptions);
  } else if (endpoint.kind === 'tcp' && endpoint.tls !== null) {
    agent = new VerifyingTlsAgent(endpoint.tls.verify);
    docker = new Docker({ ...dockerodeOptions(endpoint, options.env), agent } as Docker.DockerOptions);
  } else {
    docker = new Docker(dockerodeOptions(endpoint, options.env));
  }
  return {
    docker,
    dispose: () => agent?.destroy(),
  };
}

/**
 * `createClient` for an EngineConnection: each (re)connect builds a new client, and the previous one's kept-alive
 * connections (ssh children, TLS sockets) end then, since the connection has torn it down. `dispose` ends the last.
 */
export function engineClientFactory(
  options: EngineClientOptions = {},
): ((endpoint: Endpoint) => Docker) & { readonly dispose: () => void } {
  let last: EngineClient | undefined;
  const create = (endpoint: Endpoint): Docker => {
    last?.dispose();
    last = createEngineClient(endpoint, options);
    return last.docker;
  };
  return Object.assign(create, { dispose: () => last?.dispose() });
}
