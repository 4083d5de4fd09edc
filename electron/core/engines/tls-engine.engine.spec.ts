import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend.js';
import { createBackend } from '../backend.js';
import { nodeResolveEnv, resolveEndpoint } from '../engine/endpoint.js';
import { waitForStatus } from '../testing/test-backend.js';
import { makeTestPki, type TestPki } from '../testing/tls-certs.js';
import { CliContextStore } from './cli-context-store.js';

/**
 * The test engine's TLS listener: scripts/engine.sh starts it on tcp://127.0.0.1:23760 with certificates in
 * $BERTH_ENGINE_DIR/tls and exports both (`engine.sh env`). A shared engine that is not ours has none.
 */
const TLS_HOST =
  process.env.BERTH_TLS_HOST ??
  (process.env.BERTH_ENGINE_DIR ? `tcp://127.0.0.1:${process.env.BERTH_TLS_PORT ?? '23760'}` : undefined);
const TLS_CERTS =
  process.env.BERTH_TLS_CERTS ??
  (process.env.BERTH_ENGINE_DIR ? join(process.env.BERTH_ENGINE_DIR, 'tls') : undefined);
const skip =
  TLS_HOST === undefined || TLS_CERTS === undefined || !existsSync(join(TLS_CERTS, 'ca.pem'))
    ? 'no TLS listener: the engine is not ours (scripts/engine.sh up adds one on tcp://127.0.0.1:23760; or set BERTH_TLS_HOST and BERTH_TLS_CERTS)'
    : undefined;

/** A TCP relay that records the first byte of every connection: 0x16 is a TLS handshake, 'G'/'P' plain HTTP. */
interface Relay {
  readonly port: number;
  readonly firstBytes: number[];
  close(): Promise<void>;
}

const startRelay = async (targetPort: number): Promise<Relay> => {
  const firstBytes: number[] = [];
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      open.add(s);
      s.once('close', () => open.delete(s));
    }
    client.once('data', (chunk: Buffer) => firstBytes.push(chunk[0] ?? -1));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    firstBytes,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of open) s.destroy();
      }),
  };
};

describe.skipIf(skip !== undefined)(
  `docker over TLS as the CLI does it${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let dir: string;
    let wrong: TestPki;
    let port: number;
    let backend: Backend | undefined;
    let relay: Relay | undefined;

    const certs = (file: string): string => readFileSync(join(TLS_CERTS ?? '', file), 'utf8');

    const start = (env: Record<string, string>): Backend => {
      const b = createBackend({
        dataDir: join(dir, 'data'),
        connection: {
          pingTimeoutMs: 5_000,
          backoff: { initialMs: 60_000, maxMs: 60_000, jitter: 0 },
          resolve: () => {
            const base = nodeResolveEnv();
            return resolveEndpoint({ ...base, env: { PATH: process.env.PATH, ...env } });
          },
        },
      });
      backend = b;
      b.start();
      return b;
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'berth-tls-'));
      wrong = await makeTestPki(join(dir, 'wrong'), 'Berth wrong CA');
      port = Number(new URL((TLS_HOST ?? '').replace(/^tcp:/, 'http:')).port);
    });
    afterEach(async () => {
      backend?.dispose();
      backend = undefined;
      await relay?.close();
      relay = undefined;
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('connects with DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', async () => {
      const b = start({
        DOCKER_HOST: TLS_HOST ?? '',
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: TLS_CERTS ?? '',
      });
      const status = await waitForStatus(b, (s) => s.state !== 'connecting', 15_000);
      expect(status).toMatchObject({
        state: 'connected',
        endpoint: { url: `tcp://127.0.0.1:${port}`, source: 'DOCKER_HOST' },
      });
    });

    it('connects through a context holding the TLS material', async () => {
      const config = join(dir, 'ctx-ok');
      new CliContextStore(config).create({
        name: 'tls-engine',
        docker: {
          host: TLS_HOST ?? '',
          tls: { ca: certs('ca.pem'), cert: certs('cert.pem'), key: certs('key.pem') },
        },
      });
      const b = start({ DOCKER_CONFIG: config, DOCKER_CONTEXT: 'tls-engine' });
      const status = await waitForStatus(b, (s) => s.state !== 'connecting', 15_000);
      expect(status).toMatchObject({
        state: 'connected',
        endpoint: { source: 'DOCKER_CONTEXT', context: 'tls-engine' },
      });
    });

    it('refuses a wrong CA naming the certificate, and never tries plain HTTP', async () => {
      // The subject the engine really presents, read without verification, to compare the message against.
      const presented = await new Promise<{ subject: string; issuer: string }>((resolve, reject) => {
        const socket = tlsConnect(
          {
            host: '127.0.0.1',
            port,
            rejectUnauthorized: false,
            cert: certs('cert.pem'),
            key: certs('key.pem'),
          },
          () => {
            const peer = socket.getPeerCertificate();
            socket.destroy();
            resolve({ subject: `CN=${String(peer.subject.CN)}`, issuer: `CN=${String(peer.issuer.CN)}` });
          },
        );
        socket.once('error', reject);
      });
      relay = await startRelay(port);
      const config = join(dir, 'ctx-wrong');
      new CliContextStore(config).create({
        name: 'wrong-ca',
        docker: {
          host: `tcp://127.0.0.1:${relay.port}`,
          tls: { ca: wrong.ca, cert: certs('cert.pem'), key: certs('key.pem') },
        },
      });
      const b = start({ DOCKER_CONFIG: config, DOCKER_CONTEXT: 'wrong-ca' });
      const down = await waitForStatus(b, (s) => s.state === 'unreachable', 15_000);
      expect(down.state === 'unreachable' && down.reason).toBe(
        `Engine not reachable at tcp://127.0.0.1:${relay.port} (from context "wrong-ca" named by DOCKER_CONTEXT): ` +
          `TLS: the engine at 127.0.0.1:${relay.port} presented a certificate for "${presented.subject}" issued by ` +
          `"${presented.issuer}", which the CA "CN=Berth wrong CA" did not sign (UNABLE_TO_VERIFY_LEAF_SIGNATURE); ` +
          `check the context's CA certificate.`,
      );
      expect(relay.firstBytes.length).toBeGreaterThan(0);
      expect(relay.firstBytes.every((byte) => byte === 0x16)).toBe(true);
    });

    it('skips verification only when the context says so, as `skip-tls-verify=true` does', async () => {
      const config = join(dir, 'ctx-skip');
      new CliContextStore(config).create({
        name: 'skip-verify',
        docker: {
          host: TLS_HOST ?? '',
          skipTlsVerify: true,
          tls: { ca: wrong.ca, cert: certs('cert.pem'), key: certs('key.pem') },
        },
      });
      const b = start({ DOCKER_CONFIG: config, DOCKER_CONTEXT: 'skip-verify' });
      expect(await waitForStatus(b, (s) => s.state !== 'connecting', 15_000)).toMatchObject({
        state: 'connected',
      });
    });
  },
);
