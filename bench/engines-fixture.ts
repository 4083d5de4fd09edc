import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSocketProxy, type SocketProxy } from '../electron/core/testing/socket-proxy.js';
import { createContainers } from './fixtures.js';
import { rawApi } from './raw-api.js';

const exec = promisify(execFile);

/**
 * The "All engines" bench's extra engines: private dockerds next to the default one, each with its
 * own roots, exec-root, pidfile and pre-created bridge (two engines cannot share docker0, and
 * `--bridge=none` would delete it for everyone), no iptables. Nothing here is reused from an
 * earlier run: what this run starts, it stops, and only that.
 */
const ROOT = process.env.BERTH_ENGINES_BENCH_DIR ?? '/tmp/berth-engines-bench';

export interface PrivateEngine {
  readonly name: string;
  readonly socket: string;
  stop(): Promise<void>;
}

const log = (text: string): void => {
  process.stdout.write(`[engines bench] ${text}\n`);
};

const answers = (socket: string): Promise<boolean> =>
  rawApi(socket, 'GET', '/_ping').then(
    (res) => res.status === 200,
    () => false,
  );

const ip = (...args: string[]): Promise<unknown> => exec('ip', args);
const linkExists = (name: string): Promise<boolean> =>
  ip('link', 'show', name).then(
    () => true,
    () => false,
  );

const exited = (child: ChildProcess, ms: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });

/** Starts dockerd number `index` (1-based: its bridge is br-beng<index>, 10.98.<index>.1/24). */
export const startPrivateEngine = async (index: number): Promise<PrivateEngine> => {
  if (process.getuid?.() !== 0) throw new Error('the engines bench starts its own dockerds: run it as root');
  const name = `beng${String(index)}`;
  const dir = join(ROOT, name);
  const socket = join(dir, 'docker.sock');
  const bridge = `br-${name}`;
  if (await answers(socket)) throw new Error(`a dockerd already answers on ${socket}: stop it first`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let createdBridge = false;
  if (!(await linkExists(bridge))) {
    await ip('link', 'add', bridge, 'type', 'bridge');
    createdBridge = true;
    await ip('addr', 'add', `10.98.${String(index)}.1/24`, 'dev', bridge);
    await ip('link', 'set', bridge, 'up');
  }
  const child = spawn(
    'dockerd',
    [
      '--host',
      `unix://${socket}`,
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'exec'),
      '--pidfile',
      join(dir, 'docker.pid'),
      '--iptables=false',
      `--bridge=${bridge}`,
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await exited(child, 30_000))) {
        child.kill('SIGKILL');
        await exited(child, 5_000);
      }
    }
    if (createdBridge) await ip('link', 'del', bridge).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    // The shared parent goes with the last engine (it is not empty while the other runs).
    try {
      rmdirSync(ROOT);
    } catch {
      // another engine's folder is still in it
    }
    log(`stopped ${name}`);
  };
  try {
    const deadline = Date.now() + 60_000;
    while (!(await answers(socket))) {
      if (child.exitCode !== null) throw new Error(`dockerd ${name} exited (${String(child.exitCode)})`);
      if (Date.now() > deadline) throw new Error(`dockerd ${name} did not answer on ${socket} within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  log(`started ${name} (pid ${String(child.pid)}) on ${socket}`);
  return { name, socket, stop };
};

/** `docker save` from the default engine into `docker load` on another: no registry here. */
export const copyImage = async (from: string, to: string, image: string): Promise<void> => {
  if ((await rawApi(to, 'GET', `/images/${encodeURIComponent(image)}/json`)).status === 200) return;
  const env = (socket: string): NodeJS.ProcessEnv => ({ ...process.env, DOCKER_HOST: `unix://${socket}` });
  const save = spawn('docker', ['save', image], { env: env(from), stdio: ['ignore', 'pipe', 'inherit'] });
  const load = spawn('docker', ['load', '-q'], { env: env(to), stdio: ['pipe', 'ignore', 'inherit'] });
  save.stdout.pipe(load.stdin);
  const [saved, loaded] = await Promise.all([
    new Promise<number | null>((resolve) => save.once('exit', resolve)),
    new Promise<number | null>((resolve) => load.once('exit', resolve)),
  ]);
  if (saved !== 0 || loaded !== 0) throw new Error(`docker save | docker load of ${image} failed`);
};

export interface EngineContexts {
  /** The DOCKER_CONFIG to hand `berth web`: one context per engine, the CLI's own store format. */
  readonly dockerConfig: string;
  remove(): void;
}

/** A temporary docker CLI config with a context per engine, made by `docker context create` itself. */
export const makeContexts = async (
  engines: readonly { readonly name: string; readonly socket: string }[],
): Promise<EngineContexts> => {
  const dockerConfig = mkdtempSync(join(tmpdir(), 'berth-engines-bench-cli-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_CONFIG: dockerConfig };
  delete env['DOCKER_HOST'];
  for (const engine of engines) {
    await exec('docker', ['context', 'create', engine.name, '--docker', `host=unix://${engine.socket}`], {
      env,
    });
  }
  return { dockerConfig, remove: () => rmSync(dockerConfig, { recursive: true, force: true }) };
};

export interface CountingProxies {
  /** Proxy socket per engine socket, in the order given. */
  readonly proxies: readonly SocketProxy[];
  close(): Promise<void>;
}

/** A counting unix-socket proxy in front of each engine: every request line Berth sends is recorded. */
export const startCountingProxies = async (sockets: readonly string[]): Promise<CountingProxies> => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-engines-proxy-'));
  const proxies: SocketProxy[] = [];
  for (const [i, socket] of sockets.entries()) {
    proxies.push(await startSocketProxy(join(dir, `engine-${String(i)}.sock`), socket));
  }
  return {
    proxies,
    async close() {
      for (const proxy of proxies) await proxy.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/**
 * This bench's own label, not `berth.bench`: other bench runs on the shared engine remove every
 * `berth.bench` container when they start, and would take this run's rows from under it.
 */
export const ENGINES_BENCH_LABEL = 'berth.bench.engines';

/** Creates `count` containers named `${prefix}-NNNN` (started when `start`), 4 at a time, under this bench's label. */
export const createEngineContainers = (
  socket: string,
  image: string,
  prefix: string,
  count: number,
  start: boolean,
): Promise<string[]> => createContainers(socket, image, prefix, count, start, 4, ENGINES_BENCH_LABEL);
