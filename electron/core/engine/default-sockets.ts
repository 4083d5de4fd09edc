import type { HostAddress } from './docker-host.js';

type SocketAddress = Extract<HostAddress, { kind: 'unix' | 'npipe' }>;

/**
 * Where engines listen when nothing is configured, most conventional first. The CLI only ever tries the first
 * one; a GUI started from a desktop launcher has no DOCKER_HOST, so it also looks for rootless Docker, Docker
 * Desktop, Colima and Podman.
 */
export function defaultSocketCandidates(
  platform: NodeJS.Platform,
  homedir: string,
  xdgRuntimeDir: string | undefined,
  join: (...parts: string[]) => string,
): readonly [SocketAddress, ...SocketAddress[]] {
  if (platform === 'win32') {
    return [
      { kind: 'npipe', path: '//./pipe/docker_engine' },
      { kind: 'npipe', path: '//./pipe/podman-machine-default' },
    ];
  }
  const unix = (path: string): SocketAddress => ({ kind: 'unix', path });
  if (platform === 'darwin') {
    return [
      unix('/var/run/docker.sock'),
      unix(join(homedir, '.docker', 'run', 'docker.sock')),
      unix(join(homedir, '.colima', 'default', 'docker.sock')),
      unix(join(homedir, '.local', 'share', 'containers', 'podman', 'machine', 'podman.sock')),
    ];
  }
  const xdg = xdgRuntimeDir ? [xdgRuntimeDir] : [];
  return [
    unix('/var/run/docker.sock'),
    ...xdg.map((dir) => unix(join(dir, 'docker.sock'))),
    unix(join(homedir, '.docker', 'desktop', 'docker.sock')),
    ...xdg.map((dir) => unix(join(dir, 'podman', 'podman.sock'))),
    unix('/run/podman/podman.sock'),
  ];
}
