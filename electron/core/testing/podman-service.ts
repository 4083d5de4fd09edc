import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { docker, TEST_IMAGE } from './docker-cli.js';

const exec = promisify(execFile);

/** Why Podman tests cannot run here, or undefined when they can. */
export const podmanUnavailable = (): string | undefined => {
  if (!['/usr/bin/podman', '/usr/local/bin/podman'].some((p) => existsSync(p))) {
    return 'podman is not installed (apt-get install podman; scripts/engine.sh deps does)';
  }
  if (process.getuid?.() !== 0)
    return 'the Podman tests run a rootful service (run them as root, as CI does)';
  return undefined;
};

export interface TestPodman {
  /** unix socket of `podman system service`. */
  readonly socket: string;
  /** Runs the podman CLI on this service's own storage. */
  podman(...args: string[]): Promise<string>;
  /** SIGKILL, as a crash would; `start()` brings it back on the same storage. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Removes its containers, stops it and unmounts its storage (the folder can then be deleted). */
  stop(): Promise<void>;
}

/**
 * Debian's Podman 4.3 serving its Docker-compatible API on a private socket and private storage. CONTAINERS_CONF
 * lowers the default rlimits, which this sandbox refuses to raise (containers fail to start otherwise). The busybox
 * test image is copied in from the Docker test engine (`docker save` → `podman load`).
 */
export async function startTestPodman(dir: string): Promise<TestPodman> {
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'containers.conf');
  writeFileSync(conf, '[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n');
  const socket = join(dir, 'podman.sock');
  const env = { ...process.env, CONTAINERS_CONF: conf };
  // Own storage, runtime and libpod state, so it shares nothing with another Podman on the machine.
  const storage = ['--root', join(dir, 'root'), '--runroot', join(dir, 'run'), '--tmpdir', join(dir, 'tmp')];
  const podman = async (...args: string[]): Promise<string> => {
    const { stdout } = await exec('podman', [...storage, ...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
  };
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    child = spawn('podman', [...storage, 'system', 'service', '--time=0', `unix://${socket}`], {
      env,
      stdio: 'ignore',
    });
    const deadline = Date.now() + 20_000;
    while (!(await pings(socket))) {
      if (child.exitCode !== null) throw new Error(`podman system service exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error('podman system service did not answer within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const kill = async (): Promise<void> => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  // Podman's overlay driver bind-mounts its own folder; it outlives the service unless unmounted.
  const unmountStorage = (): Promise<unknown> =>
    exec('umount', [join(dir, 'root', 'overlay')]).catch(() => undefined);
  await start();
  try {
    const tar = join(dir, 'image.tar');
    await docker('save', '-o', tar, TEST_IMAGE);
    await podman('load', '-i', tar);
  } catch (err) {
    // The caller gets no handle to stop it with: a failed setup must not leave the service running.
    await kill();
    await unmountStorage();
    throw err;
  }
  return {
    socket,
    podman,
    kill,
    start,
    async stop() {
      await podman('rm', '-af', '-t', '0').catch(() => '');
      await kill();
      await unmountStorage();
    },
  };
}

const pings = (socket: string): Promise<boolean> =>
  new Promise((resolve) => {
    const req = request({ socketPath: socket, path: '/_ping', timeout: 1_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
