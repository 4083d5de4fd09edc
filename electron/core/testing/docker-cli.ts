import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The busybox image scripts/engine.sh builds FROM scratch (no registry needed). */
export const TEST_IMAGE = process.env.BERTH_TEST_IMAGE ?? 'berth-test/busybox:latest';

/** Label on everything a test creates, so cleanup can find it. */
export const TEST_LABEL = 'berth.test';

/** Runs the real docker CLI against the test engine (DOCKER_HOST from the environment). */
export const docker = async (...args: string[]): Promise<string> => {
  const { stdout } = await exec('docker', args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
};

/** The docker CLI on another engine (a second dockerd, the Podman service): `host` is its DOCKER_HOST. */
export const dockerOn = async (host: string, ...args: string[]): Promise<string> => {
  const { stdout } = await exec('docker', args, {
    env: { ...process.env, DOCKER_HOST: host },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.trim();
};

/** `docker run -d` a labelled busybox container that lives until removed. */
export const runTestContainer = (
  name: string,
  scope: string,
  extra: readonly string[] = [],
  command: readonly string[] = ['sleep', '3600'],
): Promise<string> =>
  docker('run', '-d', '--name', name, '--label', `${TEST_LABEL}=${scope}`, ...extra, TEST_IMAGE, ...command);

export const removeTestContainers = async (scope: string): Promise<void> => {
  const ids = await docker('ps', '-aq', '--filter', `label=${TEST_LABEL}=${scope}`);
  if (ids) await docker('rm', '-f', ...ids.split('\n'));
};

/** Resolves once `check` passes, retrying every 25 ms until `timeoutMs`; the last error is rethrown. */
export const eventually = async <T>(check: () => T | Promise<T>, timeoutMs = 5_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
};

/** The unix socket path of DOCKER_HOST (tests run against a unix-socket engine). */
export const engineSocketPath = (): string => {
  const host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  if (!host.startsWith('unix://')) throw new Error(`engine tests need a unix:// DOCKER_HOST, got ${host}`);
  return host.slice('unix://'.length);
};
