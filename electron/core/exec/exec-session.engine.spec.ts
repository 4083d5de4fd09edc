import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExecChunk } from '../../../shared/contract/container-detail.js';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
} from '../testing/docker-cli.js';
import { startSocketProxy, type SocketProxy } from '../testing/socket-proxy.js';
import { subscribe, type StreamRecorder } from '../testing/stream-recorder.js';
import { socketCountingBackend } from '../testing/socket-counting-backend.js';
import { waitForStatus } from '../testing/test-backend.js';
import type { StreamHandle } from '../rpc/router.js';

const SCOPE = 'exec-session';

const output = (stream: StreamRecorder<ExecChunk>): string =>
  stream.chunks.map((chunk) => (chunk.kind === 'output' ? chunk.data : '')).join('');

describe('exec against the real engine', () => {
  let dir: string;
  let proxy: SocketProxy;
  let backend: Backend;
  let running: string;
  let stopped: string;
  /** Proxied connections with only the /events stream open (each counts its two ends). */
  let idleConnections: number;
  const handles: StreamHandle<unknown>[] = [];

  const openShell = (size = { cols: 80, rows: 24 }, ref = running) => {
    const opened = subscribe<ExecChunk>(backend, 'containers.exec', { ref, size });
    handles.push(opened.handle);
    return opened;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'berth-exec-'));
    proxy = await startSocketProxy(join(dir, 'engine.sock'), engineSocketPath());
    [running, stopped] = await Promise.all([
      runTestContainer('berth-exec-shell', SCOPE),
      runTestContainer('berth-exec-stopped', SCOPE),
    ]);
    await docker('stop', '-t', '0', stopped);
    backend = socketCountingBackend(`unix://${proxy.path}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
    // Only the /events stream (its two ends at the proxy) once the handshake's calls are answered.
    idleConnections = await eventually(() => {
      expect(proxy.openConnections).toBe(2);
      return proxy.openConnections;
    });
  });
  afterEach(() => {
    for (const handle of handles.splice(0)) handle.dispose();
  });
  afterAll(async () => {
    backend.dispose();
    await proxy.kill();
    await removeTestContainers(SCOPE);
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs what is typed in the shell and shows its output', async () => {
    const { handle, stream } = openShell();
    handle.input?.({ data: 'echo $((6*7))\n' });
    // The TTY echoes the typed line ("6*7"); only the shell's answer is a line of its own.
    await eventually(() => expect(output(stream)).toMatch(/^42\r?$/m));
  });

  it('reports the exit code, then ends the stream', async () => {
    const { handle, stream } = openShell();
    handle.input?.({ data: 'exit 3\n' });
    expect(await stream.ended).toBeUndefined();
    expect(stream.chunks.at(-1)).toEqual({ kind: 'exit', code: 3 });
    expect(stream.chunks.filter((chunk) => chunk.kind === 'exit')).toHaveLength(1);
    await eventually(() => expect(proxy.openConnections).toBe(idleConnections), 2_000);
  });

  it('applies the initial size, then a resize', async () => {
    const { handle, stream } = openShell({ cols: 123, rows: 45 });
    // The first resize races the shell's start (as in the docker CLI), so ask until it shows.
    await eventually(() => {
      handle.input?.({ data: 'stty size\n' });
      expect(output(stream)).toMatch(/^45 123\r?$/m);
    }, 5_000);
    handle.input?.({ resize: { cols: 100, rows: 30 } });
    await eventually(() => {
      handle.input?.({ data: 'stty size\n' });
      expect(output(stream)).toMatch(/^30 100\r?$/m);
    }, 5_000);
  });

  it('applies the last size of a resize storm', async () => {
    const { handle, stream } = openShell();
    for (let cols = 60; cols <= 160; cols++) handle.input?.({ resize: { cols, rows: 20 + (cols % 7) } });
    handle.input?.({ resize: { cols: 77, rows: 33 } });
    await eventually(() => {
      handle.input?.({ data: 'stty size\n' });
      expect(output(stream)).toMatch(/^33 77\r?$/m);
    }, 5_000);
  });

  it('leaves no socket open and no shell running once the terminal is closed', async () => {
    const { handle, stream } = openShell();
    handle.input?.({ data: 'sleep 765 & echo "pids $$ $!"\n' });
    const pids = await eventually(() => {
      const match = /^pids (\d+) (\d+)\r?$/m.exec(output(stream));
      if (!match?.[1] || !match[2]) throw new Error('no pids yet');
      return [match[1], match[2]];
    });
    // Live (not zombie: with no init in the container, nobody reaps the orphaned job) of those pids.
    const alive = (): Promise<string> =>
      docker(
        'exec',
        running,
        'sh',
        '-c',
        `for p in ${pids.join(' ')}; do s=$(cut -d' ' -f3 /proc/$p/stat 2>/dev/null); ` +
          `[ -n "$s" ] && [ "$s" != Z ] && echo $p; done; true`,
      );
    expect(await alive()).not.toBe('');
    // The hijacked exec socket is open through the proxy while the session lives.
    expect(proxy.openConnections).toBeGreaterThan(idleConnections);
    handle.dispose();
    await eventually(() => expect(proxy.openConnections).toBe(idleConnections), 1_000);
    expect(stream.end).toBeUndefined(); // closed by the client: nothing more is sent
    // The engine alone would keep the shell and its job until the container stops (moby#9098).
    await eventually(async () => expect(await alive()).toBe(''), 5_000);
  });

  it('ends with a clear CONFLICT for a stopped container and NOT_FOUND for an unknown one', async () => {
    const stoppedShell = openShell(undefined, stopped);
    expect(await stoppedShell.stream.ended).toEqual({
      code: 'CONFLICT',
      message: `Container ${stopped} is not running`,
    });
    const unknown = openShell(undefined, 'berth-exec-no-such-container');
    expect(await unknown.stream.ended).toEqual({
      code: 'NOT_FOUND',
      message: 'No such container: berth-exec-no-such-container',
    });
    expect(stoppedShell.stream.chunks).toEqual([]);
  });
});
