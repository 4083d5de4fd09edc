import { execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { rawApi } from './raw-api.js';

const exec = promisify(execFile);

/**
 * The swarm bench's own engine: swarm mode changes an engine's networking (ingress,
 * docker_gwbridge), so it never runs on the engine the other tables (or the user) use. A second
 * dockerd next to another one needs its own roots, no iptables, and its own bridge: the default
 * would take over docker0, which the other engine owns.
 */
const DIR = process.env.BERTH_SWARM_ENGINE_DIR ?? '/tmp/berth-swarm-engine';
const BRIDGE = 'br-bswarm';
const BRIDGE_CIDR = '10.99.0.1/24';
const IMAGE = 'berth-test/busybox:latest';

export interface SwarmEngine {
  readonly socket: string;
  /** Leaves the swarm and stops dockerd, each only if this run started it. */
  stop(): Promise<void>;
}

const log = (text: string): void => {
  process.stdout.write(`[swarm engine] ${text}\n`);
};

const pidAlive = (pidFile: string): boolean => {
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 0);
    return true;
  } catch {
    return false;
  }
};

const answers = async (socket: string): Promise<boolean> =>
  rawApi(socket, 'GET', '/_ping').then(
    (res) => res.status === 200,
    () => false,
  );

const dockerOn = async (socket: string, ...args: string[]): Promise<string> => {
  const { stdout } = await exec('docker', args, { env: { ...process.env, DOCKER_HOST: `unix://${socket}` } });
  return stdout.trim();
};

const ip = (...args: string[]): Promise<unknown> => exec('ip', args);
const bridgeExists = (): Promise<boolean> =>
  ip('link', 'show', BRIDGE).then(
    () => true,
    () => false,
  );

/** Another dockerd on this machine that was told to use our bridge (then it is not ours to remove). */
const otherDockerdUses = async (ownPid: number, name: string): Promise<boolean> => {
  const { stdout } = await exec('pgrep', ['-a', '-x', 'dockerd']).catch(() => ({ stdout: '' }));
  return stdout
    .split('\n')
    .filter((line) => line.trim() && Number(line.split(' ')[0]) !== ownPid)
    .some((line) => line.includes(name));
};

const swarmState = async (socket: string): Promise<{ state: string; manager: boolean }> => {
  const info = JSON.parse((await rawApi(socket, 'GET', '/info')).text) as {
    Swarm?: { LocalNodeState?: string; ControlAvailable?: boolean };
  };
  return { state: info.Swarm?.LocalNodeState ?? 'inactive', manager: info.Swarm?.ControlAvailable === true };
};

/** Starts (or reuses) the private swarm engine, with the busybox test image and a single-node swarm. */
export const startSwarmEngine = async (): Promise<SwarmEngine> => {
  const socket = join(DIR, 'docker.sock');
  const pidFile = join(DIR, 'docker.pid');
  let startedPid: number | null = null;
  let createdBridge = false;
  if (pidAlive(pidFile) && (await answers(socket))) {
    log(`reusing the dockerd already running on ${socket}`);
  } else {
    if (process.getuid?.() !== 0) throw new Error('the swarm bench starts its own dockerd: run it as root');
    mkdirSync(DIR, { recursive: true });
    if (!(await bridgeExists())) {
      await ip('link', 'add', BRIDGE, 'type', 'bridge');
      await ip('addr', 'add', BRIDGE_CIDR, 'dev', BRIDGE);
      await ip('link', 'set', BRIDGE, 'up');
      createdBridge = true;
    }
    const child = spawn(
      'dockerd',
      [
        '--host',
        `unix://${socket}`,
        '--data-root',
        join(DIR, 'data'),
        '--exec-root',
        join(DIR, 'exec'),
        '--pidfile',
        pidFile,
        '--iptables=false',
        `--bridge=${BRIDGE}`,
      ],
      {
        detached: true,
        stdio: ['ignore', 'ignore', 'ignore'],
        // Without it every task first tries to pull its image from Docker Hub, which this machine
        // cannot reach: minutes of DNS failures before the local image is used.
        env: { ...process.env, DOCKER_SERVICE_PREFER_OFFLINE_IMAGE: '1' },
      },
    );
    child.unref();
    startedPid = child.pid ?? null;
    const deadline = Date.now() + 60_000;
    while (!(await answers(socket))) {
      if (child.exitCode !== null) throw new Error(`dockerd exited (${child.exitCode}); see its log`);
      if (Date.now() > deadline) throw new Error(`dockerd did not answer on ${socket} within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    log(`started dockerd (pid ${String(startedPid)}) on ${socket}`);
  }
  const hasImage = (await rawApi(socket, 'GET', `/images/${encodeURIComponent(IMAGE)}/json`)).status === 200;
  if (!hasImage) {
    const ctx = mkdtempSync(join(tmpdir(), 'berth-swarm-image-'));
    copyFileSync('/bin/busybox', join(ctx, 'busybox'));
    writeFileSync(
      join(ctx, 'Dockerfile'),
      'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["sh"]\n',
    );
    await dockerOn(socket, 'build', '-q', '-t', IMAGE, ctx);
    rmSync(ctx, { recursive: true, force: true });
  }
  let initialised = false;
  const before = await swarmState(socket);
  if (before.state === 'inactive') {
    await dockerOn(
      socket,
      'swarm',
      'init',
      '--advertise-addr',
      '127.0.0.1',
      '--listen-addr',
      '127.0.0.1:2377',
    );
    initialised = true;
    log('initialised a single-node swarm on 127.0.0.1');
  } else if (!before.manager) {
    throw new Error(`the engine on ${socket} is in a swarm but not a manager (${before.state})`);
  }
  return {
    socket,
    async stop() {
      if (initialised) {
        await dockerOn(socket, 'swarm', 'leave', '--force').catch(() => '');
        // The gateway bridge is this engine's network; its link goes with it.
        await dockerOn(socket, 'network', 'rm', 'docker_gwbridge').catch(() => '');
      }
      if (startedPid === null) return;
      try {
        process.kill(startedPid, 'SIGTERM');
      } catch {
        return;
      }
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        try {
          process.kill(startedPid, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (createdBridge && !(await otherDockerdUses(startedPid, BRIDGE))) {
        await ip('link', 'del', BRIDGE).catch(() => undefined);
      }
      log('stopped');
    },
  };
};
