import { describe, expect, it } from 'vitest';
import { explainSshFailure, sshArgs, sshCommandLine } from './ssh-dial.js';

describe('ssh argv', () => {
  it('is the docker CLI argv plus BatchMode, keepalives and -F', () => {
    // docker 28.2 runs: -o ConnectTimeout=30 -T -l me -p 2200 -- box docker system dial-stdio
    expect(
      sshArgs({ host: 'box', port: 2200, username: 'me' }, { configFile: '/cfg', connectTimeoutSec: 30 }),
    ).toEqual([
      '-F',
      '/cfg',
      '-o',
      'ConnectTimeout=30',
      '-o',
      'BatchMode=yes',
      '-o',
      'ServerAliveInterval=10',
      '-o',
      'ServerAliveCountMax=3',
      '-T',
      '-l',
      'me',
      '-p',
      '2200',
      '--',
      'box',
      'docker',
      'system',
      'dial-stdio',
    ]);
  });

  it('leaves port 22 and the user to the ssh config, and reads BERTH_SSH_CONFIG', () => {
    const args = sshArgs({ host: 'alias', port: 22 }, { env: { BERTH_SSH_CONFIG: '/home/me/.ssh/other' } });
    expect(args.slice(0, 2)).toEqual(['-F', '/home/me/.ssh/other']);
    expect(args).not.toContain('-p');
    expect(args).not.toContain('-l');
    expect(sshArgs({ host: 'alias', port: 22 }, { env: {} })[0]).toBe('-o');
  });

  it('a host that looks like an option cannot become one', () => {
    const args = sshArgs({ host: '-oProxyCommand=touch /tmp/x', port: 22 }, { env: {} });
    expect(args.indexOf('--')).toBe(args.indexOf('-oProxyCommand=touch /tmp/x') - 1);
    expect(sshCommandLine({ host: '-oProxyCommand=x y', port: 22 }, { env: {} })).toBe(
      "ssh '-oProxyCommand=x y'",
    );
  });
});

describe('ssh failures in words (stderr captured from OpenSSH 9.2 and bash on Debian 12)', () => {
  const target = { host: 'box', port: 22 };
  const options = { configFile: '/tmp/cfg' };
  it.each([
    [
      255,
      'No ED25519 host key is known for [127.0.0.1]:41995 and you have requested strict checking.\r\nHost key verification failed.\r\n',
      'host-key-unknown',
      'ssh: host key not known for box: connect once with `ssh -F /tmp/cfg box` to check and accept it',
    ],
    [
      255,
      '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\nHost key verification failed.\r\n',
      'host-key-changed',
      'ssh: the host key of box has changed since you last connected; check why, then update known_hosts (ssh-keygen -R)',
    ],
    [
      255,
      'root@127.0.0.1: Permission denied (publickey).\r\n',
      'auth',
      'ssh: box refused the login (root@127.0.0.1: Permission denied (publickey).); check the user and key (IdentityFile in your ssh config, or ssh-add)',
    ],
    [
      255,
      'ssh: connect to host 127.0.0.1 port 37329: Connection refused\r\n',
      'refused',
      'ssh: connection refused by box (is sshd listening on that port?)',
    ],
    [
      127,
      'bash: line 1: exec: docker: not found\n',
      'no-docker',
      'ssh: box has no docker CLI on its PATH (the remote shell said: bash: line 1: exec: docker: not found); Docker over ssh runs `docker system dial-stdio` there',
    ],
    [
      255,
      'ssh: Could not resolve hostname nowhere: Name or service not known\r\n',
      'dns',
      'ssh: host box not found (no such host or ssh config alias)',
    ],
    [
      1,
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n',
      'remote-engine',
      'ssh: the docker CLI on box cannot reach its engine: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ],
  ] as const)('exit %i: %j', (code, stderr, kind, message) => {
    const err = explainSshFailure(target, options, code, stderr);
    expect(err.kind).toBe(kind);
    expect(err.message).toBe(message);
    expect(err.code).toBe('ECONNABORTED');
  });
});
