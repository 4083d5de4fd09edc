import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { engineSocketPath, TEST_IMAGE } from '../electron/core/testing/docker-cli.js';
import { launchChromium } from './browser.js';
import { removeBenchContainers, runBenchContainer } from './fixtures.js';
import { clickUntilLogEnd, logStatus, openList } from './log-page.js';
import { cliLogs, makeLogContainer } from './logs-bench.js';
import { median, timed } from './stats.js';

/**
 * `node dist/bench/profile-console.js [LINES]`: where the time of "Load full history" goes. CPU
 * profiles of the page (CDP Profiler) and of `berth web` (node --cpu-prof), summed by function
 * (self time), top 25 each. A diagnosis tool: nothing is asserted.
 */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const summarize = (title: string, profile: Profile): void => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    if (!node) return;
    const f = node.callFrame;
    const file = f.url.split('/').at(-1) ?? '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${String(f.lineNumber + 1)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const parentOf = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  const callers = new Map<string, Map<string, number>>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1) ?? ''}:${String(f.lineNumber + 1)}`;
    const chain: string[] = [];
    for (let p = parentOf.get(node.id); p && chain.length < 3; p = parentOf.get(p.id))
      chain.push(p.callFrame.functionName || '(anonymous)');
    const via = chain.join(' < ');
    const m = callers.get(key) ?? new Map<string, number>();
    m.set(via, (m.get(via) ?? 0) + (profile.timeDeltas[i] ?? 0));
    callers.set(key, m);
  });
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let n = byId.get(id); n; n = parentOf.get(n.id)) {
      const name = n.callFrame.functionName || '(anonymous)';
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  process.stdout.write(
    `\n${title}: ${(total / 1000).toFixed(0)} ms sampled\ninclusive: ${[...inclusive.entries()]
      .filter(([n]) => !n.startsWith('('))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([n, us]) => `${n} ${(us / 1000).toFixed(0)}`)
      .join(', ')}\n`,
  );
  for (const [key, us] of top)
    process.stdout.write(
      `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}  ← ${
        [...(callers.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ??
        ''
      }\n`,
    );
};

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
  readonly tid: number;
  readonly pid: number;
}

/** Total duration by event name on the busiest thread (nested events counted in their parents too). */
const summarizeTrace = (events: readonly TraceEvent[]): void => {
  const perThread = new Map<string, number>();
  for (const e of events)
    if (e.name === 'RunTask' && e.dur)
      perThread.set(`${e.pid}:${e.tid}`, (perThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const [main] = [...perThread.entries()].sort((a, b) => b[1] - a[1]);
  if (!main) return;
  const byName = new Map<string, { dur: number; n: number }>();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main[0] || e.ph !== 'X' || !e.dur) continue;
    const v = byName.get(e.name) ?? { dur: 0, n: 0 };
    v.dur += e.dur;
    v.n++;
    byName.set(e.name, v);
  }
  process.stdout.write(`\nbusiest thread: RunTask total ${(main[1] / 1000).toFixed(0)} ms\n`);
  for (const [name, v] of [...byName.entries()].sort((a, b) => b[1].dur - a[1].dur).slice(0, 30))
    process.stdout.write(
      `${(v.dur / 1000).toFixed(0).padStart(7)} ms ${String(v.n).padStart(8)}×  ${name}\n`,
    );
};

/** `berth web` under `node --cpu-prof` (not allowed in NODE_OPTIONS, so not through startBerthWeb). */
const startProfiledBerth = async (
  socket: string,
  dir: string | null,
  root = process.cwd(),
): Promise<BerthWeb> => {
  const token = randomBytes(18).toString('base64url');
  const cli = join(root, 'dist', 'electron', 'web', 'cli.js');
  const child = spawn(
    process.execPath,
    [
      ...(dir === null ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`]),
      cli,
      'web',
      '--port',
      '0',
      '--token',
      token,
    ],
    { env: { ...process.env, DOCKER_HOST: `unix://${socket}` }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Berth is running at (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`berth web exited with ${String(code)}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    token,
    pid: child.pid ?? -1,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

/**
 * `--ab ROOT RUNS`: the same history into the console of this checkout's build and of the
 * build under ROOT (another checkout's dist/), interleaved with `docker logs`, ratios per run.
 */
const ab = async (lines: number, otherRoot: string, runs: number): Promise<void> => {
  const socket = engineSocketPath();
  await removeBenchContainers(socket);
  const name = 'berth-bench-logs';
  const id = await makeLogContainer(TEST_IMAGE, name, lines);
  const browser = await launchChromium();
  const builds = [
    { label: otherRoot, berth: await startProfiledBerth(socket, null, otherRoot) },
    { label: 'this checkout', berth: await startProfiledBerth(socket, null) },
  ];
  const ratios = new Map<string, number[]>(builds.map((b) => [b.label, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
        const cli = (await timed(() => cliLogs(id))).ms;
        const { context, page } = await openList(browser, build.berth, name);
        await clickUntilLogEnd(page, name, `Open ${name}`, 30_000);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const cpu = async (): Promise<{ thread: number; process: number }> => {
          const { metrics } = await cdp.send('Performance.getMetrics');
          const value = (n: string): number => metrics.find((m) => m.name === n)?.value ?? Number.NaN;
          return { thread: value('ThreadTime'), process: value('ProcessTime') };
        };
        const berthCpu = async (): Promise<number> => {
          const stat =
            (await readFile(`/proc/${String(build.berth.pid)}/stat`, 'utf8')).split(') ')[1]?.split(' ') ??
            [];
          return ((Number(stat[11]) + Number(stat[12])) * 1000) / 100;
        };
        const before = await cpu();
        const berthBefore = await berthCpu();
        const ms = await clickUntilLogEnd(page, name, 'Load full history', 600_000);
        const after = await cpu();
        const berthMs = (await berthCpu()) - berthBefore;
        await context.close();
        ratios.get(build.label)?.push(cli / ms);
        process.stdout.write(
          `${build.label}: docker logs ${cli.toFixed(0)} ms, console ${ms.toFixed(0)} ms, ${(cli / ms).toFixed(2)}×; page main thread CPU ${((after.thread - before.thread) * 1000).toFixed(0)} ms, renderer process ${((after.process - before.process) * 1000).toFixed(0)} ms, berth web ${berthMs.toFixed(0)} ms\n`,
        );
      }
    }
  } finally {
    for (const b of builds) await b.berth.stop();
    await browser.close();
    await removeBenchContainers(socket);
  }
  for (const [label, r] of ratios) process.stdout.write(`${label}: median ${median(r).toFixed(2)}×\n`);
};

interface HeapSnapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[]] } };
  readonly nodes: number[];
  readonly strings: string[];
}

/** Self size by node type and constructor name, top 25: what a heap snapshot is made of. */
const summarizeHeap = (title: string, heap: HeapSnapshot): void => {
  const fields = heap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = heap.snapshot.meta.node_types[0];
  const totals = new Map<string, { size: number; count: number }>();
  let all = 0;
  for (let i = 0; i < heap.nodes.length; i += width) {
    const type = types[heap.nodes[i + typeAt] ?? 0] ?? '?';
    const name =
      type === 'object' || type === 'native' ? (heap.strings[heap.nodes[i + nameAt] ?? 0] ?? '?') : '';
    const key = `${type} ${name}`.slice(0, 80);
    const size = heap.nodes[i + sizeAt] ?? 0;
    all += size;
    const t = totals.get(key) ?? { size: 0, count: 0 };
    t.size += size;
    t.count++;
    totals.set(key, t);
  }
  const strings = new Map<string, number>();
  for (let i = 0; i < heap.nodes.length; i += width) {
    const type = types[heap.nodes[i + typeAt] ?? 0] ?? '?';
    if (type !== 'string' && type !== 'concatenated string' && type !== 'sliced string') continue;
    const value = `${type}: ${JSON.stringify((heap.strings[heap.nodes[i + nameAt] ?? 0] ?? '').slice(0, 40))}`;
    strings.set(value, (strings.get(value) ?? 0) + 1);
  }
  process.stdout.write(
    `most common strings: ${[...strings.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([v, n]) => `${String(n)}× ${v}`)
      .join('; ')}\n`,
  );
  process.stdout.write(`\n${title}: ${(all / 1048576).toFixed(1)} MB in the snapshot\n`);
  for (const [key, t] of [...totals.entries()].sort((a, b) => b[1].size - a[1].size).slice(0, 25))
    process.stdout.write(
      `${(t.size / 1048576).toFixed(1).padStart(8)} MB ${String(t.count).padStart(9)}×  ${key}\n`,
    );
};

/** `--heap SECONDS`: a `yes` flood followed for SECONDS, then a heap snapshot summarised. */
const heapOfFlood = async (seconds: number, root: string): Promise<void> => {
  const socket = engineSocketPath();
  await removeBenchContainers(socket);
  const name = 'berth-bench-flood';
  await runBenchContainer(
    TEST_IMAGE,
    name,
    'flood',
    ['yes'],
    ['--log-opt', 'max-size=10m', '--log-opt', 'max-file=2'],
  );
  const browser = await launchChromium();
  const berth = await startProfiledBerth(socket, null, root);
  try {
    const { context, page } = await openList(browser, berth, name);
    const cdp = await context.newCDPSession(page);
    await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    await page
      .locator('.logs p[role=status]')
      .filter({ hasText: /^Following/ })
      .waitFor({ timeout: 30_000 });
    const used = async (): Promise<string> => {
      const { usedSize, backingStorageSize } = (await cdp.send('Runtime.getHeapUsage')) as {
        usedSize: number;
        backingStorageSize?: number;
      };
      return `${(usedSize / 1048576).toFixed(1)} MB (+ ${((backingStorageSize ?? 0) / 1048576).toFixed(1)} MB ArrayBuffers)`;
    };
    for (let t = 0; t < seconds; t += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      process.stdout.write(`${String(t + 5)} s: heap ${await used()}\n`);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    process.stdout.write(`after GC: ${await used()}; status "${await logStatus(page)}"\n`);
    if (!process.argv.includes('--snapshot')) {
      await context.close();
      return;
    }
    const parts: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => parts.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    summarizeHeap('page heap', JSON.parse(parts.join('')) as HeapSnapshot);
    await context.close();
  } finally {
    await berth.stop();
    await browser.close();
    await removeBenchContainers(socket);
  }
};

const main = async (): Promise<void> => {
  const lines = Number(process.argv[2] ?? 300_000);
  const heapAt = process.argv.indexOf('--heap');
  if (heapAt !== -1) {
    const root = process.argv[heapAt + 2];
    await heapOfFlood(Number(process.argv[heapAt + 1] ?? 30), root?.startsWith('/') ? root : process.cwd());
    return;
  }
  const abAt = process.argv.indexOf('--ab');
  if (abAt !== -1) {
    await ab(lines, process.argv[abAt + 1] ?? '', Number(process.argv[abAt + 2] ?? 3));
    return;
  }
  const socket = engineSocketPath();
  const dir = '/tmp/berth-bench-prof';
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await removeBenchContainers(socket);
  const name = 'berth-bench-logs';
  await makeLogContainer(TEST_IMAGE, name, lines);
  const browser = await launchChromium();
  const berth = await startProfiledBerth(socket, dir);
  try {
    const { context, page } = await openList(browser, berth, name);
    await clickUntilLogEnd(page, name, `Open ${name}`, 30_000);
    if (process.argv.includes('--trace')) {
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
      });
      const ms = await clickUntilLogEnd(page, name, 'Load full history', 600_000);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
        traceEvents: TraceEvent[];
      };
      process.stdout.write(`${String(lines)} lines in ${ms.toFixed(0)} ms\n`);
      summarizeTrace(trace.traceEvents);
      await context.close();
      return;
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ms = await clickUntilLogEnd(page, name, 'Load full history', 600_000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    process.stdout.write(
      `${String(lines)} lines in ${ms.toFixed(0)} ms (${(lines / ms).toFixed(0)}k lines/s)\n`,
    );
    summarize('page', profile);
    await context.close();
  } finally {
    await berth.stop();
    await browser.close();
    await removeBenchContainers(socket);
  }
  for (const file of await readdir(dir))
    summarize(`berth web (${file})`, JSON.parse(await readFile(join(dir, file), 'utf8')) as Profile);
};

main().catch((err: unknown) => {
  process.stderr.write(
    `profile failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
