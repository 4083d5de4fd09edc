import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpoolProgress } from '../shared/logs/explorer.js';
import { engineSocketPath } from '../electron/core/testing/docker-cli.js';
import { backendFor, waitForStatus } from '../electron/core/testing/test-backend.js';
import { median } from './stats.js';

/**
 * `node dist/bench/profile-spool.js CONTAINER [RUNS]`: where the time of spooling a whole
 * history goes, without a browser: the engine's body drained (with and without timestamps)
 * against a `logs.spool` session in the backend (until every line is reachable, and until every
 * line's time is in), same run, alternating. A diagnosis tool.
 */
const drain = (socket: string, id: string, timestamps: boolean): Promise<{ ms: number; bytes: number }> =>
  new Promise((resolve, reject) => {
    const t0 = performance.now();
    let bytes = 0;
    const req = request(
      {
        socketPath: socket,
        path: `/containers/${id}/logs?stdout=1&stderr=1&timestamps=${timestamps ? '1' : '0'}`,
      },
      (res) => {
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ ms: performance.now() - t0, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });

/** User + system CPU of a process, ms (from /proc: the engine's share of a run under load). */
const cpuOf = (pid: number): number => {
  const fields =
    readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const ownCpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs `fn`, with the wall time, our CPU and the engine's CPU it took. */
const measured = async (engine: number, fn: () => Promise<unknown>): Promise<[number, number, number]> => {
  const t0 = performance.now();
  const own = ownCpu();
  const eng = cpuOf(engine);
  await fn();
  return [performance.now() - t0, ownCpu() - own, cpuOf(engine) - eng];
};

const main = async (): Promise<void> => {
  const id = process.argv[2];
  if (!id) throw new Error('usage: profile-spool CONTAINER [RUNS]');
  const runs = Number(process.argv[3] ?? 3);
  const engine = Number(process.argv[4] ?? 0);
  const socket = engineSocketPath();
  const dataDir = mkdtempSync(join(tmpdir(), 'berth-spool-profile-'));
  const backend = backendFor(`unix://${socket}`, { dataDir });
  backend.start();
  await waitForStatus(backend, (s) => s.state === 'connected');
  const times: Record<string, [number, number, number][]> = { untimed: [], timed: [], spool: [], times: [] };
  let total = 0;
  try {
    for (let i = 0; i < runs; i++) {
      times.untimed?.push(await measured(engine, () => drain(socket, id, false)));
      times.timed?.push(await measured(engine, () => drain(socket, id, true)));
      // One session: wall time until every line is spooled (reachable), then until every line's
      // time is in (the history is read untimed, then timed by a second pass).
      let reachable: (p: SpoolProgress) => void = () => undefined;
      let timed: (p: SpoolProgress) => void = () => undefined;
      const spooled = new Promise<SpoolProgress>((resolve) => (reachable = resolve));
      const timesIn = new Promise<SpoolProgress>((resolve) => (timed = resolve));
      const t0 = performance.now();
      const own = ownCpu();
      const eng = engine ? cpuOf(engine) : 0;
      const result = backend.router.subscribe(
        'logs.spool',
        { ref: id, tail: 'all', follow: false, limitMb: 2048 },
        {
          push: (p) => {
            const progress = p as SpoolProgress;
            if (progress.ended) reachable(progress);
            if (progress.times !== 'reading') timed(progress);
          },
          end: () => undefined,
        },
        { clientId: 'profile' },
      );
      if (!result.ok) throw new Error(result.error.message);
      const done = await spooled;
      times.spool?.push([performance.now() - t0, ownCpu() - own, engine ? cpuOf(engine) - eng : 0]);
      const last = await timesIn;
      times.times?.push([performance.now() - t0, ownCpu() - own, engine ? cpuOf(engine) - eng : 0]);
      if (last.times !== 'ready') process.stdout.write(`times ${last.times}: ${last.timesReason ?? ''}\n`);
      result.value.dispose();
      total = done.total;
    }
  } finally {
    backend.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const col = (list: readonly [number, number, number][], k: number): number =>
    median(list.map((t) => t[k] ?? 0));
  const base = col(times.untimed ?? [], 0);
  for (const [what, list] of Object.entries(times)) {
    process.stdout.write(
      `${what.padEnd(8)} wall ${col(list, 0).toFixed(0)} ms (${(col(list, 0) / base).toFixed(2)}× untimed), our cpu ${col(list, 1).toFixed(0)} ms, engine cpu ${col(list, 2).toFixed(0)} ms\n`,
    );
  }
  process.stdout.write(`spooled lines: ${String(total)}\n`);
};

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  },
);
