import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinesAnswer, SearchProgress, SpoolProgress } from '../../../../shared/logs/explorer.js';
import type { Backend } from '../../backend.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
} from '../../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../../testing/test-backend.js';

const SCOPE = 'logs-spool';
const LINES = 50_000;
const ctx = { clientId: 'spec-client' };

describe('logs.spool and logs.search against the real engine', () => {
  let dataDir: string;
  let backend: Backend;
  let id: string;

  beforeAll(async () => {
    await removeTestContainers(SCOPE);
    dataDir = mkdtempSync(join(tmpdir(), 'berth-spool-engine-'));
    id = await runTestContainer(
      'berth-spool-numbered',
      SCOPE,
      [],
      [
        'sh',
        '-c',
        `awk 'BEGIN { for (i = 1; i <= ${String(LINES)}; i++) printf "%07d spooled\\n", i }'; printf '\\033[32mGREEN\\033[0m\\n' >&2`,
      ],
    );
    await docker('wait', id);
    backend = backendFor(`unix://${engineSocketPath()}`, { dataDir });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await removeTestContainers(SCOPE);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const invoke = async <T>(channel: string, payload: unknown, client = ctx): Promise<T> => {
    const result = await backend.router.invoke(channel, payload, client);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };

  const subscribe = <T>(channel: string, payload: unknown) => {
    const seen: T[] = [];
    let ended: unknown = null;
    const result = backend.router.subscribe(
      channel,
      payload,
      {
        push: (chunk) => seen.push(chunk as T),
        end: (error) => {
          ended = error ?? 'ok';
        },
      },
      ctx,
    );
    if (!result.ok) throw new Error(result.error.message);
    return { seen, handle: result.value, ended: () => ended };
  };

  const spoolFiles = (): string[] => readdirSync(join(dataDir, 'log-spool'), { recursive: true }).map(String);

  it(
    'spools every line once, in order, searches it, and deletes it when the stream closes',
    { timeout: 300_000 },
    async () => {
      const spool = subscribe<SpoolProgress>('logs.spool', {
        ref: id,
        tail: 'all',
        follow: false,
        limitMb: 64,
      });
      await eventually(() => expect(spool.seen.at(-1)?.ended).toBe(true), 120_000);
      const progress = spool.seen.at(-1);
      if (!progress) throw new Error('no progress');
      expect(progress.total).toBe(LINES + 1);
      expect(spoolFiles().some((f) => f.endsWith('.log'))).toBe(true);
      // The history was read untimed: its times come from a second pass, which starts once the
      // first is in, so when every line is reachable the times are still being read.
      expect(spool.seen.find((p) => p.ended)?.times).toBe('reading');
      await eventually(() => expect(spool.seen.at(-1)?.times).toBe('ready'), 120_000);
      expect(spool.seen.at(-1)).toMatchObject({ timesRead: LINES + 1, timesOf: LINES + 1 });
      const cli = (await docker('logs', '-t', id)).split('\n');
      const timeOf = new Map(
        cli.map((line) => [line.slice(line.indexOf(' ') + 1, line.indexOf(' ') + 8), line]),
      );

      const numbers: number[] = [];
      // The line number each numbered line got (the engine orders the two streams by its own clock).
      const at = new Map<number, number>();
      for (let from = 0; from < progress.total; from += 2000) {
        const answer = await invoke<LinesAnswer>('logs.lines', {
          session: progress.session,
          from,
          count: 2000,
        });
        for (const line of answer.lines) {
          expect(line.timePending).toBeUndefined();
          if (line.stream !== 'stdout') continue;
          // Each line's time as `docker logs -t` prints it.
          expect(`${line.ts} ${line.text}`).toBe(timeOf.get(line.text.slice(0, 7)));
          const number = Number(line.text.slice(0, 7));
          at.set(number, line.n);
          numbers.push(number);
        }
      }
      expect(numbers).toEqual(Array.from({ length: LINES }, (_, i) => i + 1));

      const middle = await invoke<LinesAnswer>('logs.lines', {
        session: progress.session,
        from: at.get(25_000) ?? -1,
        count: 1,
      });
      expect(middle.lines[0]?.text).toBe('0025000 spooled');
      expect(middle.lines[0]?.ts).toMatch(/^\d{4}-\d\d-\d\dT/);
      // A jump to that line's time finds it (through the marks' times and the side store).
      const located = await invoke<{ line: number | null }>('logs.locate', {
        session: progress.session,
        time: Date.parse(middle.lines[0]?.ts ?? ''),
      });
      expect(Date.parse(middle.lines[0]?.ts ?? '')).toBeGreaterThan(0);
      const hit = await invoke<LinesAnswer>('logs.lines', {
        session: progress.session,
        from: located.line ?? -1,
        count: 1,
      });
      expect(Date.parse(hit.lines[0]?.ts ?? '')).toBe(Date.parse(middle.lines[0]?.ts ?? ''));

      const found = subscribe<SearchProgress>('logs.search', {
        session: progress.session,
        query: {
          text: '0000003 spooled',
          regex: false,
          matchCase: true,
          streams: { stdout: true, stderr: true },
        },
      });
      await eventually(() => expect(found.seen.at(-1)?.caughtUp).toBe(true), 60_000);
      expect(found.seen.at(-1)).toMatchObject({ matches: 1, firstMatch: at.get(3) });

      // Colours are kept in the spool and matched without them; stderr only.
      const green = subscribe<SearchProgress>('logs.search', {
        session: progress.session,
        query: { text: 'green', regex: false, matchCase: false, streams: { stdout: false, stderr: true } },
      });
      await eventually(() => expect(green.seen.at(-1)?.caughtUp).toBe(true), 60_000);
      expect(green.seen.at(-1)?.matches).toBe(1);
      const last = await invoke<LinesAnswer>('logs.lines', {
        session: progress.session,
        from: green.seen.at(-1)?.firstMatch ?? -1,
        count: 1,
      });
      expect(last.lines[0]).toMatchObject({ stream: 'stderr', text: '\x1b[32mGREEN\x1b[0m' });

      // Another client does not reach this session.
      await expect(
        invoke('logs.lines', { session: progress.session, from: 0, count: 1 }, { clientId: 'other' }),
      ).rejects.toThrow(/NOT_FOUND/);
      // A bad regular expression is refused with a clear message.
      const bad = backend.router.subscribe(
        'logs.search',
        {
          session: progress.session,
          query: { text: '(', regex: true, matchCase: false, streams: { stdout: true, stderr: true } },
        },
        { push: () => undefined, end: () => undefined },
        ctx,
      );
      expect(bad.ok).toBe(false);
      if (!bad.ok)
        expect(bad.error).toMatchObject({
          code: 'VALIDATION',
          message: expect.stringMatching(/Not a valid regular expression/) as unknown,
        });

      found.handle.dispose();
      green.handle.dispose();
      spool.handle.dispose();
      expect(spoolFiles().filter((f) => f.endsWith('.log'))).toEqual([]);
    },
  );

  it(
    'follows on timed after an untimed history: a restart adds timed lines, none twice',
    { timeout: 300_000 },
    async () => {
      const RUN = 20_000;
      // It stays up a while after its lines: an engine ends a follow body when the container
      // stops, and a body that ends before its last lines is another matter (the follower's).
      const again = await runTestContainer(
        'berth-spool-restarted',
        SCOPE,
        [],
        [
          'sh',
          '-c',
          `awk 'BEGIN { for (i = 1; i <= ${String(RUN)}; i++) printf "%07d spooled\\n", i }'; sleep 2`,
        ],
      );
      await docker('wait', again);
      const spool = subscribe<SpoolProgress>('logs.spool', {
        ref: again,
        tail: 'all',
        follow: true,
        limitMb: 64,
      });
      await eventually(() => expect(spool.seen.at(-1)?.times).toBe('ready'), 120_000);
      // The history and the note that the container stopped.
      await eventually(() => expect(spool.seen.at(-1)?.total).toBe(RUN + 1), 30_000);
      await docker('start', again);
      await docker('wait', again);
      await eventually(() => expect(spool.seen.at(-1)?.total).toBe(2 * RUN + 2), 120_000);
      const progress = spool.seen.at(-1);
      if (!progress) throw new Error('no progress');
      expect(progress.times).toBe('ready');
      const cli = (await docker('logs', '-t', again)).split('\n');
      const printed: string[] = [];
      for (let from = 0; from < progress.total; from += 2000) {
        const answer = await invoke<LinesAnswer>('logs.lines', {
          session: progress.session,
          from,
          count: 2000,
        });
        for (const line of answer.lines)
          if (line.stream === 'stdout') printed.push(`${line.ts} ${line.text}`);
      }
      expect(printed.length).toBe(2 * RUN);
      expect(printed).toEqual(cli);
      spool.handle.dispose();
    },
  );
});
