import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../run/port-check.js';

const exec = promisify(execFile);

// The registry takes over a port the kernel just called free.
export { freePort };

export interface TestRegistry {
  /** `127.0.0.1:<port>`: a loopback registry, so the engine talks plain HTTP to it. */
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly password: string;
  stop(): Promise<void>;
}

const answers = async (url: string): Promise<boolean> => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return response.status === 401 || response.status === 200;
  } catch {
    return false;
  }
};

/**
 * Starts Debian's `docker-registry` (distribution v2) on a free loopback port with htpasswd
 * auth and a temporary storage root, and waits until it answers `/v2/` (401 without
 * credentials). Needs the `docker-registry` and `apache2-utils` (htpasswd) packages.
 */
export const startTestRegistry = async (
  credentials: { readonly username?: string; readonly password?: string } = {},
): Promise<TestRegistry> => {
  const username = credentials.username ?? 'berth';
  const password = credentials.password ?? `pw-${Math.random().toString(36).slice(2)}`;
  const dir = await mkdtemp(join(tmpdir(), 'berth-registry-'));
  const port = await freePort();
  await exec('htpasswd', ['-Bbc', join(dir, 'htpasswd'), username, password]);
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      'auth:',
      '  htpasswd:',
      '    realm: berth-test',
      `    path: ${join(dir, 'htpasswd')}`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    if (log.length < 16_384) log += text;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  const isRunning = (): boolean => running;
  void exited.then(() => {
    running = false;
  });
  const stop = async (): Promise<void> => {
    if (isRunning()) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
      if (isRunning()) child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  while (!(await answers(`http://127.0.0.1:${port}/v2/`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry did not start on 127.0.0.1:${port}: ${log.slice(-2_000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { host: `127.0.0.1:${port}`, port, username, password, stop };
};

export interface SlowProxy {
  /** `127.0.0.1:<port>`: the same registry under another name, at a bounded speed. */
  readonly host: string;
  stop(): Promise<void>;
}

/**
 * A TCP proxy to `target` that moves at most `bytesPerSecond` each way, so a test can cancel a
 * pull or push while it is surely still running (loopback is otherwise too fast to catch).
 */
export const startSlowProxy = async (targetPort: number, bytesPerSecond: number): Promise<SlowProxy> => {
  const sockets = new Set<Socket>();
  const tickMs = 50;
  const perTick = Math.max(1, Math.floor((bytesPerSecond * tickMs) / 1000));
  const throttle = (from: Socket, to: Socket): void => {
    const queue: Buffer[] = [];
    let timer: ReturnType<typeof setInterval> | null = null;
    let ended = false;
    // What the far side sent before closing still goes through (a `Connection: close` answer).
    const finish = (): void => {
      if (ended && queue.length === 0) to.end();
    };
    const pump = (): void => {
      let budget = perTick;
      while (budget > 0 && queue.length > 0) {
        const head = queue[0] as Buffer;
        const part = head.subarray(0, budget);
        budget -= part.length;
        if (part.length === head.length) queue.shift();
        else queue[0] = head.subarray(part.length);
        if (!to.destroyed) to.write(part);
      }
      if (queue.length === 0 && timer) {
        clearInterval(timer);
        timer = null;
        from.resume();
        finish();
      }
    };
    from.on('data', (chunk: Buffer) => {
      queue.push(chunk);
      from.pause();
      timer ??= setInterval(pump, tickMs);
    });
    from.on('end', () => {
      ended = true;
      finish();
    });
    to.on('close', () => {
      if (timer) clearInterval(timer);
      from.destroy();
    });
  };
  const server = createServer({ allowHalfOpen: true }, (client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort, allowHalfOpen: true });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    throttle(client, upstream);
    throttle(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
};
