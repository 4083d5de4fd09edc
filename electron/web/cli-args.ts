import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

export interface WebArgs {
  readonly host: string;
  readonly port: number;
  readonly token: string;
}

export class UsageError extends Error {}

export const USAGE = 'usage: berth web [--host 127.0.0.1] [--port N] [--token T]';

const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{16,256}$/;

/** Loopback only: the Docker API is root-equivalent and web mode has no TLS. */
const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));

export const parseWebArgs = (argv: readonly string[]): WebArgs => {
  const [command, ...rest] = argv;
  if (command !== 'web') throw new UsageError(USAGE);
  let host = '127.0.0.1';
  let port = 0;
  let token = randomBytes(24).toString('base64url');
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (value === undefined || !['--host', '--port', '--token'].includes(flag ?? '')) {
      throw new UsageError(`${flag === undefined ? '' : `unexpected "${flag}"; `}${USAGE}`);
    }
    i++;
    if (flag === '--host') {
      if (!isLoopback(value))
        throw new UsageError(`--host must be a loopback address (127.0.0.1, ::1, localhost), not "${value}"`);
      host = value;
    } else if (flag === '--port') {
      port = Number(value);
      if (!/^\d+$/.test(value) || port > 65535)
        throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
    } else {
      if (!TOKEN_PATTERN.test(value))
        throw new UsageError('--token must be 16 to 256 characters of A-Z a-z 0-9 . _ ~ -');
      token = value;
    }
  }
  return { host, port, token };
};
