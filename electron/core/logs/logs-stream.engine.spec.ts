import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LogChunk } from '../../../shared/contract/container-detail.js';
import type { ServerMessage } from '../../../shared/protocol/messages.js';
import type { Backend } from '../backend.js';
import { FLOW } from '../rpc/subscription.js';
import type { StreamHandle } from '../rpc/router.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
} from '../testing/docker-cli.js';
import { collectLogs, type LogCollector } from '../testing/log-collector.js';
import { startSocketProxy, type SocketProxy } from '../testing/socket-proxy.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';
import { TRUNCATION_NOTE, truncationMarker } from './log-text.js';
import { LOG_NOTES, streamLogs, type LogsRequest } from './logs-stream.js';

const SCOPE = 'logs-stream';
const fast = { backoff: { initialMs: 50, maxMs: 400, jitter: 0.1 }, pingTimeoutMs: 1_000 };
const COUNTER = ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo $i; sleep 0.05; done'];

/** Exits once it has printed, so its follow body ends by itself. */
const runToEnd = async (name: string, command: string[], extra: string[] = []): Promise<string> => {
  const id = await runTestContainer(name, SCOPE, extra, command);
  await docker('wait', id);
  return id;
};

/** `docker logs` to /dev/null, the reference the throughput target is measured against. */
const cliLogsToDevNull = async (id: string): Promise<void> => {
  await promisify(execFile)('sh', ['-c', `docker logs ${id} >/dev/null 2>&1`]);
};

const numbers = (lines: readonly string[]): number[] => lines.map(Number);

const expectConsecutive = (values: readonly number[], from: number): void => {
  const broken = values.findIndex((v, i) => v !== from + i);
  expect(
    broken,
    `first break at index ${broken}: ${values.slice(Math.max(0, broken - 2), broken + 2).join(',')}`,
  ).toBe(-1);
};

describe('containers.logs against the real engine', () => {
  let dir: string;
  let backend: Backend | undefined;
  let proxy: SocketProxy | undefined;
  let handles: StreamHandle[] = [];

  const connect = async (host = `unix://${engineSocketPath()}`): Promise<Backend> => {
    const b = backendFor(host, { connection: fast });
    backend = b;
    b.start();
    await waitForStatus(b, (s) => s.state === 'connected');
    return b;
  };

  const open = (b: Backend, req: Partial<LogsRequest> & { ref: string }): LogCollector => {
    const sink = collectLogs();
    handles.push(
      streamLogs(b.connection, b.containers, { tail: 'all', timestamps: false, follow: false, ...req }, sink),
    );
    return sink;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'berth-logs-'));
    await removeTestContainers(SCOPE);
  });
  afterEach(async () => {
    for (const handle of handles) handle.dispose();
    handles = [];
    backend?.dispose();
    backend = undefined;
    await proxy?.kill();
    proxy = undefined;
    await removeTestContainers(SCOPE);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends with NOT_FOUND for a container that does not exist', async () => {
    const b = await connect();
    const sink = open(b, { ref: 'berth-logs-nope' });
    await eventually(() =>
      expect(sink.ended).toEqual({
        code: 'NOT_FOUND',
        message: 'Container berth-logs-nope not found.',
        text: { key: 'containerNotFound', params: { ref: 'berth-logs-nope' } },
      }),
    );
  });

  it('of 200,000 lines, shows the last 1000 at once (tail) and all 200,000 in order (tail all)', async () => {
    const id = await runToEnd('berth-logs-seq', ['seq', '1', '200000']);
    const b = await connect();

    let started = performance.now();
    const tail = open(b, { ref: id, tail: 1000 });
    await eventually(() => expect(tail.lines().at(-1)).toBe('200000'), 5_000);
    const tailMs = performance.now() - started;
    await eventually(() => expect(tail.ended).toBeNull());
    expect(tail.lines()[0]).toBe('199001');
    expect(tail.lines()).toHaveLength(1000);

    started = performance.now();
    const all = open(b, { ref: id });
    await eventually(() => expect(all.ended).toBeNull(), 30_000);
    const allMs = performance.now() - started;
    const lines = all.lines();
    expect(lines).toHaveLength(200_000);
    expectConsecutive(numbers(lines), 1);

    started = performance.now();
    await cliLogsToDevNull(id);
    const cliMs = performance.now() - started;
    console.info(
      `[logs] tail 1000 of 200k: ${tailMs.toFixed(0)} ms; tail all: ${allMs.toFixed(0)} ms ` +
        `(${Math.round(200_000 / (allMs / 1000))} lines/s); docker logs CLI: ${cliMs.toFixed(0)} ms ` +
        `(${Math.round(200_000 / (cliMs / 1000))} lines/s)`,
    );
  });

  it('follows a container restarted while watched that writes fast and exits: both runs whole, no line twice', async () => {
    const id = await runTestContainer('berth-logs-burst', SCOPE, [], ['sh', '-c', 'sleep 1; seq 1 50000']);
    const b = await connect();
    const sink = open(b, { ref: id, follow: true });
    const numbered = (): string[] => sink.lines().filter((line) => /^\d+$/.test(line));
    await docker('wait', id);
    await eventually(() => expect(numbered()).toHaveLength(50_000), 30_000);
    await docker('start', id);
    await docker('wait', id);
    await eventually(() => expect(numbered()).toHaveLength(100_000), 30_000);
    const lines = numbers(numbered());
    expectConsecutive(lines.slice(0, 50_000), 1);
    expectConsecutive(lines.slice(50_000), 1);
  });

  it('keeps stdout and stderr apart (non-TTY) and shows a TTY container without header bytes', async () => {
    const plain = await runToEnd('berth-logs-split', [
      'sh',
      '-c',
      'echo out; sleep 0.2; echo err >&2; sleep 0.2; echo out2',
    ]);
    const tty = await runToEnd('berth-logs-tty', ['sh', '-c', 'echo hello; echo world'], ['-t']);
    const b = await connect();
    const split = open(b, { ref: plain });
    const raw = open(b, { ref: tty });
    await eventually(() => expect(split.ended).toBeNull());
    await eventually(() => expect(raw.ended).toBeNull());
    expect(split.text('stdout')).toBe('out\nout2\n');
    expect(split.text('stderr')).toBe('err\n');
    expect(split.chunks.map((c) => c.stream)).toEqual(['stdout', 'stderr', 'stdout']);
    expect(raw.text('stdout', 'stderr', 'system')).toBe('hello\r\nworld\r\n');
  });

  it('keeps or strips timestamps as asked', async () => {
    const id = await runToEnd('berth-logs-ts', ['sh', '-c', 'echo one; echo two']);
    const b = await connect();
    const kept = open(b, { ref: id, timestamps: true });
    await eventually(() => expect(kept.ended).toBeNull());
    expect(kept.lines()).toEqual([
      expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z one$/),
      expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z two$/),
    ]);
  });

  it('without follow, ends after the history of a running container', async () => {
    const id = await runTestContainer('berth-logs-running', SCOPE, [], COUNTER);
    const b = await connect();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sink = open(b, { ref: id, follow: false });
    await eventually(() => expect(sink.ended).toBeNull(), 3_000);
    expect(sink.lines().length).toBeGreaterThan(3);
    expectConsecutive(numbers(sink.lines()), 1);
  });

  it('caps a 10 MB line without newline with a visible marker and goes on', async () => {
    const id = await runToEnd('berth-logs-long', [
      'sh',
      '-c',
      "head -c 10000000 /dev/zero | tr '\\0' a; echo; echo after; head -c 40000 /dev/zero | tr '\\0' b",
    ]);
    const b = await connect();
    const started = performance.now();
    const sink = open(b, { ref: id });
    await eventually(() => expect(sink.ended).toBeNull(), 20_000);
    const lines = sink.lines();
    expect(lines).toEqual([
      'a'.repeat(16_384) + truncationMarker(10_000_000 - 16_384),
      'after',
      'b'.repeat(16_384) + truncationMarker(40_000 - 16_384),
    ]);
    console.info(`[logs] 10 MB line: ${(performance.now() - started).toFixed(0)} ms`);
  });

  it('says a 10 MB line is truncated while its newline has not arrived (followed live)', async () => {
    // The line never ends: the container prints 10 MB without a newline and sleeps.
    const id = await runTestContainer(
      'berth-logs-unended',
      SCOPE,
      [],
      ['sh', '-c', "head -c 10000000 /dev/zero | tr '\\0' a; sleep 3600"],
    );
    const b = await connect();
    const sink = open(b, { ref: id, follow: true });
    await eventually(() => expect(sink.text()).toBe('a'.repeat(16_384) + TRUNCATION_NOTE), 20_000);
    expect(sink.ended).toBeUndefined();
  });

  it('shows CJK and emoji intact and invalid bytes as U+FFFD; HTML stays literal text', async () => {
    const id = await runToEnd('berth-logs-utf8', [
      'sh',
      '-c',
      "for i in $(seq 1 2000); do printf '日本語のログ 🚀🎉 %s\\n' $i; done; printf 'bad \\377\\376 end\\n'; echo '<script>alert(1)</script>'",
    ]);
    const b = await connect();
    const sink = open(b, { ref: id });
    await eventually(() => expect(sink.ended).toBeNull());
    const lines = sink.lines();
    expect(lines).toHaveLength(2002);
    lines.slice(0, 2000).forEach((line, i) => expect(line).toBe(`日本語のログ 🚀🎉 ${i + 1}`));
    expect(lines[2000]).toBe('bad \uFFFD\uFFFD end');
    expect(lines[2001]).toBe('<script>alert(1)</script>');
  });

  it('pauses the engine body when the client does not acknowledge (flood stays near the 4 MB watermark)', async () => {
    const line = '0123456789'.repeat(10);
    const id = await runTestContainer(
      'berth-logs-flood',
      SCOPE,
      [],
      ['sh', '-c', `yes ${line} | head -n 300000`],
    );
    const b = await connect();
    await docker('wait', id);
    const chunks: { bytes: number }[] = [];
    const session = b.createSession((message: ServerMessage) => {
      if (message.t === 'chunk') chunks.push({ bytes: message.bytes });
    });
    session.receive({ t: 'hello' });
    session.receive({
      t: 'sub',
      id: 1,
      channel: 'containers.logs',
      payload: { ref: id, tail: 'all', timestamps: false, follow: true },
    });
    const sent = (): number => chunks.reduce((sum, c) => sum + c.bytes, 0);
    await eventually(() => expect(sent()).toBeGreaterThanOrEqual(FLOW.high), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const held = sent();
    // 30 MB are waiting in the engine; without acks only about the watermark (plus one engine chunk) is sent.
    expect(held).toBeLessThan(FLOW.high + 512 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sent()).toBe(held);
    console.info(`[logs] flood without acks: ${held} bytes sent, then paused`);
    session.receive({ t: 'ack', id: 1, bytes: held });
    await eventually(() => expect(sent()).toBeGreaterThan(held + FLOW.high / 2), 10_000);
    session.dispose();
  });

  it('lets a viewer that keeps 1,000 lines fall behind: the engine is read on, older lines are dropped and counted, and it ends on exactly the last ones', async () => {
    const id = await runToEnd('berth-logs-keep', ['seq', '1', '300000']);
    proxy = await startSocketProxy(join(dir, 'keep.sock'), engineSocketPath());
    const b = await connect(`unix://${proxy.path}`);
    const chunks: LogChunk[] = [];
    let unacked = 0;
    let acking = false;
    let ended = false;
    const session = b.createSession((message: ServerMessage) => {
      if (message.t === 'end') ended = true;
      if (message.t !== 'chunk') return;
      chunks.push(...(message.data as LogChunk[]));
      if (acking) session.receive({ t: 'ack', id: 1, bytes: message.bytes });
      else unacked += message.bytes;
    });
    session.receive({ t: 'hello' });
    session.receive({
      t: 'sub',
      id: 1,
      channel: 'containers.logs',
      payload: { ref: id, tail: 'all', timestamps: false, follow: false, keep: 1000 },
    });
    // Nothing acknowledged: one small window goes out, then nothing, however long the history.
    await eventually(() => expect(unacked).toBeGreaterThan(0));
    // Meanwhile the backend reads the engine to the end of the body (each line an 8-byte frame
    // header and its text), however slowly this machine runs: waited for, not timed.
    const isLogs = (line: string): boolean => line.includes(`/containers/${id}/logs`);
    let body = 0;
    for (let n = 1; n <= 300_000; n++) body += 8 + String(n).length + 1;
    await eventually(() => expect(proxy?.bytesDown(isLogs)).toBeGreaterThanOrEqual(body), 60_000);
    // The last of it may still sit in the socket's buffers: the backend closes the stream once it has read the end.
    await eventually(() => expect(proxy?.openCarrying(isLogs)).toBe(0), 30_000);
    expect(unacked).toBeLessThan(256 * 1024);
    expect(ended).toBe(false);
    acking = true;
    session.receive({ t: 'ack', id: 1, bytes: unacked });
    await eventually(() => expect(ended).toBe(true), 10_000);
    session.dispose();

    const notes = chunks.filter((c) => c.stream === 'system');
    expect(notes).toHaveLength(1);
    const dropped = notes[0]?.dropped ?? 0;
    // The engine was read to its end while the client acknowledged nothing.
    expect(dropped).toBeGreaterThan(250_000);
    const at = chunks.findIndex((c) => c.stream === 'system');
    const lines = (part: LogChunk[]): number[] =>
      numbers(
        part
          .map((c) => c.text)
          .join('')
          .split('\n')
          .slice(0, -1),
      );
    const before = lines(chunks.slice(0, at));
    const after = lines(chunks.slice(at + 1));
    expectConsecutive(before, 1);
    expectConsecutive(after, before.length + dropped + 1);
    expect(after.at(-1)).toBe(300_000);
    expect(after.length).toBeGreaterThanOrEqual(1000);
    console.info(
      `[logs] keep 1000 of 300k unacknowledged: ${before.length} sent, ${dropped} dropped, ${after.length} kept`,
    );
  });

  it("reads on after a cut part-way through a stopped container's untimed history: no line twice, none missing", async () => {
    proxy = await startSocketProxy(join(dir, 'untimed.sock'), engineSocketPath());
    const id = await runToEnd('berth-logs-untimed', ['seq', '1', '1000000']);
    const b = await connect(`unix://${proxy.path}`);
    const sink = open(b, { ref: id, follow: true });
    await eventually(() => expect(sink.pushedBytes).toBeGreaterThan(300_000), 10_000);
    await proxy.kill();
    await waitForStatus(b, (s) => s.state !== 'connected', 3_000);
    await proxy.revive();
    await eventually(() => expect(sink.text('system')).toContain(LOG_NOTES.stopped), 60_000);
    const lines = sink.lines();
    expect(lines).toHaveLength(1_000_000);
    expectConsecutive(numbers(lines), 1);
    // Both bodies were the same history up to the same instant, read without timestamps.
    const untimed = proxy.requests.filter((r) => r.includes('/logs?') && r.includes('timestamps=false'));
    expect(untimed).toHaveLength(2);
    expect(new Set(untimed.map((r) => /until=[\d.]+/.exec(r)?.[0])).size).toBe(1);
  });

  it('resumes after the engine connection drops: no line twice, none missing', async () => {
    proxy = await startSocketProxy(join(dir, 'drop.sock'), engineSocketPath());
    const id = await runTestContainer('berth-logs-counter', SCOPE, [], COUNTER);
    const b = await connect(`unix://${proxy.path}`);
    const sink = open(b, { ref: id, follow: true });
    await eventually(() => expect(sink.lines().length).toBeGreaterThanOrEqual(20));
    await proxy.kill();
    await waitForStatus(b, (s) => s.state !== 'connected', 3_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const before = sink.lines().length;
    await proxy.revive();
    await waitForStatus(b, (s) => s.state === 'connected', 5_000);
    await eventually(() => expect(sink.lines().length).toBeGreaterThan(before + 40), 10_000);
    expect(sink.text('system')).toBe(LOG_NOTES.disconnected);
    expectConsecutive(numbers(sink.lines()), 1);
    expect(sink.ended).toBeUndefined();
  });

  it('says "container removed" and ends, without retrying, when the container is removed while followed', async () => {
    proxy = await startSocketProxy(join(dir, 'removed.sock'), engineSocketPath());
    const id = await runTestContainer('berth-logs-removed', SCOPE, [], COUNTER);
    const b = await connect(`unix://${proxy.path}`);
    const sink = open(b, { ref: id, follow: true });
    await eventually(() => expect(sink.lines().length).toBeGreaterThanOrEqual(5));
    await docker('rm', '-f', id);
    await eventually(() => expect(sink.ended).toBeNull());
    expect(sink.chunks.at(-1)).toEqual({ stream: 'system', text: LOG_NOTES.removed });
    const calls = proxy.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // No reopen (logs) and no re-inspect of the removed container; the list model's own
    // refresh for its events is not a retry.
    expect(proxy.requests.slice(calls).filter((r) => r.includes(`/containers/${id}`))).toEqual([]);
  });

  it('goes on after the container is restarted, with a note that it stopped', async () => {
    const id = await runTestContainer(
      'berth-logs-restart',
      SCOPE,
      [],
      // Each start prints its own number (kept in the container's writable layer): busybox
      // date has no %N and PID 1 is always 1, so time or $$ could repeat within a second.
      [
        'sh',
        '-c',
        'n=$(( $(cat /starts 2>/dev/null || echo 0) + 1 )); echo $n > /starts; echo start $n; sleep 3600',
      ],
    );
    const b = await connect();
    const sink = open(b, { ref: id, follow: true });
    await eventually(() => expect(sink.lines()).toHaveLength(1));
    await docker('stop', '-t', '0', id);
    await eventually(() => expect(sink.text('system')).toBe(LOG_NOTES.stopped));
    await docker('start', id);
    await eventually(() => expect(sink.lines()).toHaveLength(2), 5_000);
    expect(sink.lines()).toEqual(['start 1', 'start 2']);
    await docker('restart', '-t', '0', id);
    await eventually(() => expect(sink.lines()).toHaveLength(3), 5_000);
    expect(sink.lines()).toEqual(['start 1', 'start 2', 'start 3']);
    expect(sink.ended).toBeUndefined();
  });

  it('lets go of the engine socket when disposed', async () => {
    proxy = await startSocketProxy(join(dir, 'leak.sock'), engineSocketPath());
    const id = await runTestContainer('berth-logs-leak', SCOPE, [], COUNTER);
    const b = await connect(`unix://${proxy.path}`);
    const sink = open(b, { ref: id, follow: true });
    await eventually(() => expect(sink.lines().length).toBeGreaterThanOrEqual(3));
    // One open connection carries the followed body while it streams.
    expect(proxy.openCarrying((r) => r.includes('/logs?'))).toBe(1);
    const logsRequests = (): number => (proxy?.requests ?? []).filter((r) => r.includes('/logs?')).length;
    const opened = logsRequests();
    for (const handle of handles) handle.dispose();
    handles = [];
    const count = sink.chunks.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.chunks.length).toBe(count);
    expect(logsRequests()).toBe(opened);
    // The logs socket is gone. Pooled sockets of unary calls may linger, and more may open
    // meanwhile (a liveness ping on a loaded machine), so count the connections that carried logs.
    await eventually(() => expect(proxy?.openCarrying((r) => r.includes('/logs?'))).toBe(0), 3_000);
  });
});
