import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startBerthWeb } from '../e2e/support/berth-web.js';
import { launchChromium } from './browser.js';
import { ms, printTable } from './stats.js';
import {
  benchSwarmList,
  benchTaskLatency,
  createBenchServices,
  removeBenchServices,
  SETTLE_SECONDS,
} from './swarm-bench.js';
import { startSwarmEngine } from './swarm-engine.js';
import { waitForQuiet } from './quiet.js';

const exec = promisify(execFile);

/**
 * `npm run bench -- --only swarm [--services N --runs N --samples N]`: the services list and a
 * task's state change on the bench's own single-node swarm (see swarm-engine.ts), never on the
 * engine the other tables use.
 */
export const runSwarmTables = async (arg: (name: string, fallback: number) => number): Promise<void> => {
  const count = arg('services', 200);
  const runs = arg('runs', 5);
  const engine = await startSwarmEngine();
  const host = `unix://${engine.socket}`;
  try {
    process.stdout.write(`Preparing ${count} services × 1 task on ${engine.socket}…\n`);
    await createBenchServices(engine.socket, count);
    const browser = await launchChromium();
    const berth = await startBerthWeb({ DOCKER_HOST: host });
    try {
      const { line: quiet } = await waitForQuiet();
      const list = await benchSwarmList(engine.socket, browser, berth, runs, () =>
        exec('docker', ['service', 'ls'], { env: { ...process.env, DOCKER_HOST: host } }),
      );
      printTable(
        `Services list, ${list.services} services × 1 task, single-node swarm (median of ${runs}; ${quiet})`,
        ['what', 'time', 'vs raw API'],
        [
          ['raw GET /services?status=true', ms(list.rawMs), '1.00×'],
          ['docker service ls (CLI)', ms(list.cliMs), `${(list.cliMs / list.rawMs).toFixed(2)}×`],
          [
            'web UI reload on #/services: navigation → first row in the DOM (before the browser lays it out; "rows in view" below includes that layout)',
            ms(list.firstRowMs),
            `raw + ${ms(list.firstRowMs - list.rawMs)}`,
          ],
          [
            `web UI reload on #/services: navigation → rows in view with replicas (${list.drawn} rows drawn; the table holds ${list.held} of ${list.services} services; each reload once the CPUs were idle, ${list.busyStarts} of ${runs + 1} timed on a busy machine after ${SETTLE_SECONDS} s)`,
            ms(list.inViewMs),
            `raw + ${ms(list.inViewMs - list.rawMs)} (target ≤ raw + 150 ms)`,
          ],
          [
            "the same, reloaded back to back: each reload starts as the previous one's rows are in view, while its deferred work (view chunks, alert history) still runs",
            ms(list.backToBack.inViewMs),
            `raw + ${ms(list.backToBack.inViewMs - list.rawMs)} (first row raw + ${ms(list.backToBack.firstRowMs - list.rawMs)})`,
          ],
        ],
      );
      const latency = await benchTaskLatency(engine.socket, browser, berth, arg('samples', 40));
      const row = (what: string, s: { p50: number; p95: number; max: number }, target: string): string[] => [
        what,
        ms(s.p50),
        ms(s.p95),
        ms(s.max),
        target,
      ];
      printTable(
        `Task killed → UI, ${count} services, web mode (${latency.samples} samples, ${latency.discarded} discarded; each kills a different service's task)`,
        ["from the container's die event to", 'p50', 'p95', 'max', 'target'],
        [
          row(
            `the replicas cell shows 0/1 in the page (${latency.provisionalFirst} of ${latency.samples} first shown provisional: counted from the die event before the manager reported it)`,
            latency.ui,
            'p95 ≤ 200 ms',
          ),
          row("the cell shows the manager's own 0/1 (no provisional mark)", latency.uiReported, ''),
          row(
            `the manager first reports the task down (/services polled every ${latency.probeMs} ms: up to that late)`,
            latency.manager,
            'engine floor',
          ),
          row("Berth's own part: manager reports it → page shows the manager's 0/1", latency.berth, ''),
        ],
      );
      const end = latency.endMatches;
      process.stdout.write(
        `At the end, the manager settled: ${end.matching} of ${end.of} rows show its figure with no provisional mark${end.matching === end.of ? '' : ' — MISMATCH'}\n`,
      );
      for (const mismatch of end.mismatches.slice(0, 10)) process.stdout.write(`mismatch: ${mismatch}\n`);
      for (const reason of latency.reasons) process.stdout.write(`discarded: ${reason}\n`);
    } finally {
      await berth.stop();
      await browser.close();
    }
  } finally {
    if (!process.argv.includes('--keep')) await removeBenchServices(engine.socket);
    await engine.stop();
  }
};
