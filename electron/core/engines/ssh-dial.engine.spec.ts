import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExecChunk, LogChunk } from '../../../shared/contract/container-detail.js';
import type { Backend } from '../backend.js';
import { resolveEndpoint, nodeResolveEnv, type Endpoint } from '../engine/endpoint.js';
import type { StreamHandle } from '../rpc/router.js';
import {
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
} from '../testing/docker-cli.js';
import { SSH_ALIASES, sshdUnavailable, startTestSshd, type TestSshd } from '../testing/sshd.js';
import { subscribe } from '../testing/stream-recorder.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';
import { CliContextStore } from './cli-context-store.js';
import { createEngineClient, type EngineClient } from './engine-client.js';
import { EngineSet } from './engine-set.js';
import { liveSshChildren, SshDialError } from './ssh-dial.js';

const SCOPE = 'ssh-dial';
const skip = sshdUnavailable();

describe.skipIf(skip !== undefined)(
  `docker over ssh through the system ssh binary${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let dir: string;
    let sshd: TestSshd;
    let backend: Backend | undefined;
    const clients: EngineClient[] = [];
    const handles: StreamHandle<unknown>[] = [];

    const endpointFor = (alias: string): Endpoint => {
      const env = nodeResolveEnv();
      return resolveEndpoint({ ...env, env: { ...env.env, DOCKER_HOST: `ssh://${alias}` } });
    };
    const clientFor = (alias: string): EngineClient => {
      const client = createEngineClient(endpointFor(alias), { ssh: { configFile: sshd.configFile } });
      clients.push(client);
      return client;
    };
    const connectThrough = (alias: string, pingTimeoutMs = 10_000): Backend => {
      const b = backendFor(`ssh://${alias}`, {
        connection: {
          pingTimeoutMs,
          backoff: { initialMs: 60_000, maxMs: 60_000, jitter: 0 },
          createClient: (endpoint) => {
            const client = createEngineClient(endpoint, { ssh: { configFile: sshd.configFile } });
            clients.push(client);
            return client.docker;
          },
        },
      });
      backend = b;
      b.start();
      return b;
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'berth-ssh-'));
      sshd = await startTestSshd(join(dir, 'sshd'), `unix://${engineSocketPath()}`);
      await removeTestContainers(SCOPE);
    });
    afterEach(() => {
      for (const handle of handles.splice(0)) handle.dispose();
      backend?.dispose();
      backend = undefined;
      for (const client of clients.splice(0)) client.dispose();
    });
    afterAll(async () => {
      await sshd.stop();
      rmSync(dir, { recursive: true, force: true });
      await removeTestContainers(SCOPE);
    });

    it('lists the engine containers through an ssh config alias', async () => {
      const id = await runTestContainer('berth-ssh-listed', SCOPE);
      const b = connectThrough(SSH_ALIASES.ok);
      const status = await waitForStatus(b, (s) => s.state === 'connected', 20_000);
      expect(status.endpoint).toEqual({ url: `ssh://${SSH_ALIASES.ok}:22`, source: 'DOCKER_HOST' });
      expect(b.containers.get(id)).toMatchObject({ name: 'berth-ssh-listed', state: 'running' });
    });

    it('follows logs and runs an exec over ssh', async () => {
      const id = await runTestContainer(
        'berth-ssh-logs',
        SCOPE,
        [],
        ['sh', '-c', 'echo first; sleep 1; i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.2; done'],
      );
      const b = connectThrough(SSH_ALIASES.ok);
      await waitForStatus(b, (s) => s.state === 'connected', 20_000);

      const logs = subscribe<LogChunk>(b, 'containers.logs', {
        ref: id,
        tail: 'all',
        timestamps: false,
        follow: true,
      });
      handles.push(logs.handle);
      const text = (): string => logs.stream.chunks.map((c) => c.text).join('\n');
      // Lines written after the stream opened prove it follows, not just replays.
      await eventually(() => expect(text()).toMatch(/first[\s\S]*tick 3/), 20_000);

      const shell = subscribe<ExecChunk>(b, 'containers.exec', { ref: id, size: { cols: 80, rows: 24 } });
      handles.push(shell.handle);
      shell.handle.input?.({ data: 'echo $((6*7))\n' });
      await eventually(
        () =>
          expect(shell.stream.chunks.map((c) => (c.kind === 'output' ? c.data : '')).join('')).toContain(
            '42',
          ),
        20_000,
      );
      shell.handle.input?.({ data: 'exit 3\n' });
      await eventually(() => expect(shell.stream.chunks.some((c) => c.kind === 'exit')).toBe(true), 20_000);
    });

    it.each([
      [
        SSH_ALIASES.unknownHostKey,
        'host-key-unknown',
        /host key not known for berth-test-unknown-host-key: connect once with `ssh -F \S+ berth-test-unknown-host-key`/,
      ],
      [
        SSH_ALIASES.wrongKey,
        'auth',
        /berth-test-wrong-key refused the login \(.*Permission denied \(publickey\)\.\)/,
      ],
      [SSH_ALIASES.refused, 'refused', /connection refused by berth-test-refused/],
      [
        SSH_ALIASES.noDocker,
        'no-docker',
        /berth-test-no-docker has no docker CLI on its PATH \(the remote shell said: .*docker: not found\)/,
      ],
    ] as const)('explains a failure through %s plainly', async (alias, kind, message) => {
      const failure = await clientFor(alias)
        .docker.version()
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      expect(failure).toBeInstanceOf(SshDialError);
      expect((failure as SshDialError).kind).toBe(kind);
      expect((failure as SshDialError).message).toMatch(message);
    });

    it('reports the reason in the engine status and stays up', async () => {
      const b = connectThrough(SSH_ALIASES.noDocker);
      const down = await waitForStatus(b, (s) => s.state === 'unreachable', 20_000);
      expect(down.state === 'unreachable' && down.reason).toMatch(
        /^Engine not reachable at ssh:\/\/berth-test-no-docker:22 \(from DOCKER_HOST\): ssh: berth-test-no-docker has no docker CLI/,
      );
    });

    it('gives up at the deadline on a host that never answers, and leaves no ssh running', async () => {
      const b = connectThrough(SSH_ALIASES.silent, 1_000);
      const down = await waitForStatus(b, (s) => s.state === 'unreachable', 20_000);
      expect(down.state === 'unreachable' && down.reason).toMatch(/not responding \(no answer within 1 s\)/);
      b.dispose();
      backend = undefined;
      for (const client of clients.splice(0)) client.dispose();
      await eventually(() => expect(liveSshChildren()).toBe(0), 5_000);
    });

    it('connects a context whose endpoint is an ssh alias, with the ssh config named by BERTH_SSH_CONFIG', async () => {
      const id = await runTestContainer('berth-ssh-context', SCOPE);
      const configDir = join(dir, 'docker-config');
      new CliContextStore(configDir).create({ name: 'remote', docker: { host: `ssh://${SSH_ALIASES.ok}` } });
      const base = nodeResolveEnv();
      const set = new EngineSet({
        resolveEnv: {
          ...base,
          env: {
            PATH: process.env.PATH,
            DOCKER_CONFIG: configDir,
            BERTH_SSH_CONFIG: sshd.configFile,
            BERTH_PODMAN_SOCKETS: '',
          },
        },
        connection: { backoff: { initialMs: 60_000, maxMs: 60_000, jitter: 0 } },
      });
      try {
        set.start();
        const remote = set.require('ctx:remote');
        await eventually(() => expect(remote.connection.status.state).toBe('connected'), 20_000);
        expect(remote.containers.get(id)?.name).toBe('berth-ssh-context');
        expect(remote.capabilities()?.identity.kind).toBe('docker');
      } finally {
        set.dispose();
      }
      await eventually(() => expect(liveSshChildren()).toBe(0), 5_000);
    });
  },
);
