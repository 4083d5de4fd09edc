import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface TestPki {
  readonly dir: string;
  /** PEM text of each file, as a user would pick them for a context. */
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
  readonly serverCert: string;
  readonly serverKey: string;
  /** File paths, for dockerd flags and DOCKER_CERT_PATH (which wants ca.pem, cert.pem, key.pem in one folder). */
  readonly files: {
    readonly ca: string;
    readonly cert: string;
    readonly key: string;
    readonly serverCert: string;
    readonly serverKey: string;
  };
}

const openssl = async (cwd: string, ...args: string[]): Promise<void> => {
  await exec('openssl', args, { cwd });
};

const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/**
 * A CA, a server certificate for 127.0.0.1/localhost and a client certificate, made with the real `openssl`
 * (the same steps as scripts/engine.sh and Docker's "Protect the daemon socket" guide).
 */
export async function makeTestPki(dir: string, caName = 'Berth test CA'): Promise<TestPki> {
  mkdirSync(dir, { recursive: true });
  await openssl(
    dir,
    'req',
    '-x509',
    ...newKey,
    '-days',
    '2',
    '-subj',
    `/CN=${caName}`,
    '-keyout',
    'ca-key.pem',
    '-out',
    'ca.pem',
  );
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  const sign = async (name: string, subject: string, ext: string): Promise<void> => {
    await openssl(
      dir,
      'req',
      ...newKey,
      '-subj',
      subject,
      '-keyout',
      `${name}-key.pem`,
      '-out',
      `${name}.csr`,
    );
    await openssl(
      dir,
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca-key.pem',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      ext,
      '-out',
      `${name}-cert.pem`,
    );
  };
  await sign('server', '/CN=berth-test-engine', 'server.ext');
  await sign('client', '/CN=berth-test-client', 'client.ext');
  // DOCKER_CERT_PATH's fixed names for the client side.
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  writeFileSync(join(dir, 'cert.pem'), read('client-cert.pem'));
  writeFileSync(join(dir, 'key.pem'), read('client-key.pem'), { mode: 0o600 });
  const files = {
    ca: join(dir, 'ca.pem'),
    cert: join(dir, 'cert.pem'),
    key: join(dir, 'key.pem'),
    serverCert: join(dir, 'server-cert.pem'),
    serverKey: join(dir, 'server-key.pem'),
  };
  return {
    dir,
    ca: read('ca.pem'),
    cert: read('cert.pem'),
    key: read('key.pem'),
    serverCert: read('server-cert.pem'),
    serverKey: read('server-key.pem'),
    files,
  };
}
