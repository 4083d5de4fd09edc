import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const SSHD_BINARY = '/usr/sbin/sshd';

/** Why the ssh tests cannot run here, or undefined when they can. */
export const sshdUnavailable = (): string | undefined => {
  if (!existsSync(SSHD_BINARY))
    return `${SSHD_BINARY} missing (apt-get install openssh-server; scripts/engine.sh deps does)`;
  if (process.getuid?.() !== 0)
    return 'sshd needs root to log a session in (run the engine tests as root, as CI does)';
  return undefined;
};

/** Aliases in the generated ssh config, one per situation the tests meet. */
export const SSH_ALIASES = {
  ok: 'berth-test-engine',
  noDocker: 'berth-test-no-docker',
  unknownHostKey: 'berth-test-unknown-host-key',
  wrongKey: 'berth-test-wrong-key',
  refused: 'berth-test-refused',
  silent: 'berth-test-silent',
} as const;

export interface TestSshd {
  /** `ssh -F` file with the aliases above (what BERTH_SSH_CONFIG points at). */
  readonly configFile: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** A port the kernel just handed out (bound to 0, read back, released). */
export const kernelPort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/**
 * Debian's real sshd on loopback with a generated host key and user key. Sessions get `DOCKER_HOST` of the test
 * engine (SetEnv), so `docker system dial-stdio` on the "remote" reaches it. A second port runs the same sshd with a
 * PATH that has no docker, as a host without the docker CLI would.
 */
export async function startTestSshd(dir: string, dockerHost: string): Promise<TestSshd> {
  mkdirSync(dir, { recursive: true });
  // sshd's privilege separation directory (Debian creates it only when the service starts).
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const key = async (file: string): Promise<void> => {
    await exec('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'berth-test', '-f', join(dir, file)]);
  };
  await Promise.all([key('host_key'), key('id_user'), key('id_other')]);
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'id_user.pub')), { mode: 0o600 });
  const [port, noDockerPort, refusedPort] = [await kernelPort(), await kernelPort(), await kernelPort()];
  const silent = createServer((socket) => {
    // Accepts and never speaks: ssh waits for a banner that never comes.
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const silentAddress = silent.address();
  const silentPort = typeof silentAddress === 'object' && silentAddress ? silentAddress.port : 0;

  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      `Port ${noDockerPort}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      `SetEnv DOCKER_HOST=${dockerHost}`,
      `Match LocalPort ${noDockerPort}`,
      '  ForceCommand PATH=/nonexistent; exec $SSH_ORIGINAL_COMMAND',
      '',
    ].join('\n'),
  );
  const hostPub = readFileSync(join(dir, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  writeFileSync(
    join(dir, 'known_hosts'),
    `[127.0.0.1]:${port} ${hostPub}\n[127.0.0.1]:${noDockerPort} ${hostPub}\n`,
  );
  writeFileSync(join(dir, 'known_hosts_empty'), '');
  const user = process.env.USER ?? 'root';
  const host = (
    alias: string,
    hostPort: number,
    identity = 'id_user',
    knownHosts = 'known_hosts',
  ): string[] => [
    `Host ${alias}`,
    '  HostName 127.0.0.1',
    `  Port ${hostPort}`,
    `  User ${user}`,
    '  IdentitiesOnly yes',
    '  IdentityAgent none',
    `  IdentityFile ${join(dir, identity)}`,
    `  UserKnownHostsFile ${join(dir, knownHosts)}`,
    '  GlobalKnownHostsFile /dev/null',
    '  StrictHostKeyChecking yes',
    '',
  ];
  const configFile = join(dir, 'ssh_config');
  writeFileSync(
    configFile,
    [
      ...host(SSH_ALIASES.ok, port),
      ...host(SSH_ALIASES.noDocker, noDockerPort),
      ...host(SSH_ALIASES.unknownHostKey, port, 'id_user', 'known_hosts_empty'),
      ...host(SSH_ALIASES.wrongKey, port, 'id_other'),
      ...host(SSH_ALIASES.refused, refusedPort),
      ...host(SSH_ALIASES.silent, silentPort),
    ].join('\n'),
    { mode: 0o600 },
  );

  const child: ChildProcess = spawn(SSHD_BINARY, ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8192);
  });
  await waitForPort(port, () => log, child);
  return {
    configFile,
    port,
    async stop() {
      silent.close();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForPort(port: number, log: () => string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`sshd exited (${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`sshd did not listen on ${port}: ${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
