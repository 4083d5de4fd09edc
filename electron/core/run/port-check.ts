import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import type { PortCheck } from '../../../shared/contract/run.js';
import type { EngineConnection } from '../engine/engine-connection.js';

type Protocol = 'tcp' | 'udp';

/**
 * True when this process could bind the port: the engine's proxy would bind it the same way.
 * An address this host does not have (EADDRNOTAVAIL) says nothing about the port: not taken.
 */
export const canBind = (host: string, port: number, protocol: Protocol): Promise<boolean> =>
  new Promise((resolve) => {
    const done = (free: boolean, close: () => void): void => {
      close();
      resolve(free);
    };
    const taken = (err: NodeJS.ErrnoException): boolean => err.code === 'EADDRINUSE' || err.code === 'EACCES';
    if (protocol === 'udp') {
      const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
      socket.once('error', (err) => {
        done(!taken(err), () => socket.close());
      });
      socket.bind({ port, address: host, exclusive: true }, () => {
        done(true, () => socket.close());
      });
      return;
    }
    const server = createServer();
    server.once('error', (err) => {
      done(!taken(err), () => server.close());
    });
    server.listen({ port, host, exclusive: true }, () => {
      done(true, () => server.close());
    });
  });

/** The addresses a binding occupies: an empty host IP means every interface. */
const addressesFor = (hostIp: string): string[] =>
  hostIp === '' || hostIp === '0.0.0.0' ? ['0.0.0.0', '127.0.0.1'] : [hostIp];

interface PublishedBy {
  readonly name: string;
  readonly id: string;
  readonly ip: string;
  readonly port: number;
  readonly protocol: string;
}

const overlaps = (a: string, b: string): boolean =>
  a === '' || b === '' || a === b || ['0.0.0.0', '::'].includes(a) || ['0.0.0.0', '::'].includes(b);

/**
 * Is each host port free? Two views, because each misses something: other containers' published
 * ports (the engine holds them even when its proxy is off) and a trial bind on this host (any
 * other program). The bind check only means something when the engine runs on this host.
 */
export const checkPorts = async (
  connection: EngineConnection,
  ports: readonly { hostIp: string; hostPort: number; protocol: Protocol }[],
  exclude: string | undefined,
  engineIsLocal: boolean,
): Promise<PortCheck[]> => {
  const listed = await connection.call((client, signal) => client.listContainers({ abortSignal: signal }));
  const isExcluded = (c: (typeof listed)[number]): boolean =>
    exclude !== undefined && (c.Id.startsWith(exclude) || c.Names.includes(`/${exclude}`));
  const toPublished = (c: (typeof listed)[number]): PublishedBy[] =>
    c.Ports.filter((p) => p.PublicPort).map((p) => ({
      name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
      id: c.Id,
      ip: p.IP,
      port: p.PublicPort,
      protocol: p.Type,
    }));
  const published = listed.filter((c) => !isExcluded(c)).flatMap(toPublished);
  // The container being edited holds its own ports until it is stopped: those are not taken.
  const own = listed.filter(isExcluded).flatMap(toPublished);
  return Promise.all(
    ports.map(async ({ hostIp, hostPort, protocol }): Promise<PortCheck> => {
      const owner = published.find(
        (p) => p.port === hostPort && p.protocol === protocol && overlaps(p.ip, hostIp),
      );
      if (owner) return { hostIp, hostPort, protocol, inUseBy: { kind: 'container', name: owner.name } };
      const freedByEdit = own.some((p) => p.port === hostPort && p.protocol === protocol);
      if (engineIsLocal && !freedByEdit) {
        for (const address of addressesFor(hostIp)) {
          if (!(await canBind(address, hostPort, protocol))) {
            return { hostIp, hostPort, protocol, inUseBy: { kind: 'host' } };
          }
        }
      }
      return { hostIp, hostPort, protocol, inUseBy: null };
    }),
  );
};

/** A port the OS calls free right now (ephemeral range), for suggestions only. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
