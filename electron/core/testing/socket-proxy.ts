import { rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A unix-socket stand-in for the engine in fault tests: forwards to the real engine, or
 * accepts and never answers (a stopped dockerd), and can vanish with every connection cut
 * (a killed dockerd) and come back.
 */
export interface SocketProxy {
  readonly path: string;
  /** Number of client connections currently open through the proxy. */
  readonly openConnections: number;
  /** Request lines ("GET /containers/json?… HTTP/1.1") seen so far, to count engine calls. */
  readonly requests: readonly string[];
  /** Client connections still open that carried a request line `matches` accepts. */
  openCarrying(matches: (requestLine: string) => boolean): number;
  /** Bytes the engine sent back on connections that carried a request line `matches` accepts. */
  bytesDown(matches: (requestLine: string) => boolean): number;
  /** Close the listener and cut every connection, as a crashed engine does. */
  kill(): Promise<void>;
  /** Listen again (after kill), forwarding or stalling. */
  revive(mode?: ProxyMode): Promise<void>;
  setMode(mode: ProxyMode): void;
}

export type ProxyMode = 'forward' | 'stall';

export const startSocketProxy = async (
  path: string,
  target: string,
  mode: ProxyMode = 'forward',
): Promise<SocketProxy> => {
  const connections = new Set<Socket>();
  const pairs = new Set<readonly [Socket, Socket]>();
  const requests: string[] = [];
  const linesOf = new Map<Socket, string[]>();
  /** Request lines of each client connection, kept after it closes, with the bytes answered on it. */
  const answered: { readonly lines: string[]; bytes: number }[] = [];
  const REQUEST_LINE = /^(GET|POST|PUT|DELETE|HEAD) \S+ HTTP\/1\.1/;
  let server: Server | null = null;
  let current = mode;

  const listen = async (): Promise<void> => {
    rmSync(path, { force: true });
    const next = createServer((client) => {
      connections.add(client);
      const seen: string[] = [];
      linesOf.set(client, seen);
      const record = { lines: seen, bytes: 0 };
      answered.push(record);
      client.on('close', () => {
        connections.delete(client);
        linesOf.delete(client);
      });
      client.on('error', () => client.destroy());
      if (current === 'stall') return;
      const upstream = createConnection(target);
      connections.add(upstream);
      upstream.on('close', () => {
        connections.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => upstream.destroy());
      const pair = [client, upstream] as const;
      pairs.add(pair);
      client.on('close', () => {
        pairs.delete(pair);
        upstream.destroy();
      });
      client.on('data', (chunk: Buffer) => {
        const line = REQUEST_LINE.exec(chunk.subarray(0, 4096).toString('latin1'));
        if (line) {
          requests.push(decodeURIComponent(line[0]));
          seen.push(decodeURIComponent(line[0]));
        }
      });
      upstream.on('data', (chunk: Buffer) => {
        record.bytes += chunk.length;
      });
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(path, () => {
        resolve();
      });
    });
    server = next;
  };

  await listen();
  return {
    path,
    requests,
    get openConnections() {
      return [...connections].filter((s) => !s.destroyed).length;
    },
    openCarrying(matches) {
      return [...linesOf].filter(([client, lines]) => !client.destroyed && lines.some(matches)).length;
    },
    bytesDown(matches) {
      return answered.filter((a) => a.lines.some(matches)).reduce((n, a) => n + a.bytes, 0);
    },
    async kill() {
      const closing = server;
      server = null;
      for (const socket of connections) socket.destroy();
      connections.clear();
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
      rmSync(path, { force: true });
    },
    async revive(nextMode) {
      if (nextMode) current = nextMode;
      if (!server) await listen();
    },
    setMode(nextMode) {
      current = nextMode;
      // Open connections freeze too (a SIGSTOPped engine answers nothing, even on kept-alive sockets).
      for (const [client, upstream] of pairs) {
        if (nextMode === 'stall') {
          client.unpipe(upstream);
          upstream.unpipe(client);
          client.pause();
          upstream.pause();
        } else {
          client.pipe(upstream);
          upstream.pipe(client);
        }
      }
    },
  };
};
