import { Agent } from 'node:http';
import Docker from 'dockerode';
import type { Backend, BackendOptions } from '../backend.js';
import { dockerodeOptions } from '../engine/endpoint.js';
import { backendFor } from './test-backend.js';

/**
 * A backend for tests that count open sockets at a proxy. Node's default agent keeps idle
 * sockets of unary calls for a few seconds, and on a shared engine other runs' events keep
 * them busy, so the count would drift. Without keep-alive every unary call closes its socket
 * once answered: what stays open is exactly the streams (/events, stats, exec) plus calls in flight.
 */
export const socketCountingBackend = (dockerHost: string, options: BackendOptions = {}): Backend =>
  backendFor(dockerHost, {
    ...options,
    connection: {
      createClient: (endpoint) => {
        // docker-modem hands `agent` to http.request; @types/dockerode does not list it.
        const agent = new Agent({ keepAlive: false });
        return new Docker({ ...dockerodeOptions(endpoint), agent } as Docker.DockerOptions);
      },
      ...options.connection,
    },
  });
