import { startBerthWeb, type BerthWeb } from '../e2e/support/berth-web.js';
import { engineSocketPath, TEST_IMAGE } from '../electron/core/testing/docker-cli.js';
import { launchChromium } from './browser.js';
import { benchAlerts } from './alerts-bench.js';
import type { CpuTimes } from './cpu-wait.js';
import { benchConsole, benchFirstScreen, CONSOLE_SCROLLBACK } from './console-bench.js';
import { createContainers, removeBenchContainers } from './fixtures.js';
import { benchIdle } from './idle-bench.js';
import { benchExplorerFlood, benchFlood, type MemorySeries } from './flood-bench.js';
import { benchEventLatency } from './latency-bench.js';
import { benchList } from './list-bench.js';
import { benchLogs, makeLogContainer } from './logs-bench.js';
import { benchExplorer, makeNumberedContainer } from './explorer-bench.js';
import { ms, printTable } from './stats.js';

const cpuText = (times: CpuTimes | null): string =>
  times ? `${ms(times.ranMs)}, ${ms(times.waitedMs)}` : 'not known here';
import { runSwarmTables } from './swarm-tables.js';
import { runEnginesTables } from './engines-tables.js';

/**
 * `npm run bench [-- --containers N --runs N --samples N --log-runs N --screen-runs N --flood SECONDS
 * --idle SECONDS]`: prints tables; asserts nothing.
 */
const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) ? value : fallback;
};

/** `--only console,flood`: just those tables (see SECTIONS; explorer-flood: the flood with the log explorer open). */
const SECTIONS = [
  'list',
  'latency',
  'logs',
  'screen',
  'console',
  'flood',
  'idle',
  'swarm',
  'explorer',
  'engines',
  'explorer-flood',
  'alerts',
] as const;
type Section = (typeof SECTIONS)[number];
const only = ((): ReadonlySet<Section> => {
  const index = process.argv.indexOf('--only');
  const value = index === -1 ? undefined : process.argv[index + 1];
  if (value === undefined) return new Set(SECTIONS);
  const picked = value.split(',').filter((s): s is Section => (SECTIONS as readonly string[]).includes(s));
  if (picked.length === 0) throw new Error(`--only takes some of ${SECTIONS.join(',')}`);
  return new Set(picked);
})();
const wants = (section: Section): boolean => only.has(section);
/** The tables that measure the one `berth web` started for them all. */
const SHARED_BERTH: readonly Section[] = [
  'list',
  'latency',
  'logs',
  'screen',
  'console',
  'flood',
  'explorer',
  'explorer-flood',
];
const NO_BERTH: BerthWeb = {
  url: '',
  origin: '',
  token: '',
  pid: -1,
  stop: () => Promise.resolve(),
};

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const memoryRow = (what: string, m: MemorySeries): string[] => [
  what,
  mb(m.start),
  mb(m.max),
  mb(m.end),
  `${m.end >= m.start ? '+' : '−'}${mb(Math.abs(m.end - m.start))}`,
];

const main = async (): Promise<void> => {
  const socket = engineSocketPath();
  const total = arg('containers', 1000);
  const runs = arg('runs', 5);
  const liveCount = 50;
  const needsList = wants('list') || wants('latency') || wants('idle');
  await removeBenchContainers(socket);
  let live: string[] = [];
  if (needsList) {
    process.stdout.write(`Preparing ${total} containers (${liveCount} running) on ${socket}…\n`);
    live = await createContainers(socket, TEST_IMAGE, 'berth-bench-live', liveCount, true);
    await createContainers(socket, TEST_IMAGE, 'berth-bench-idle', total - liveCount);
  }

  const browser = await launchChromium();
  // Only for the tables that use it: the alerts table starts its own, and a second backend on the
  // same engine would follow (inspect, list) the burst it measures as well, on the same two cores.
  const sharedBerth = SHARED_BERTH.some(wants);
  const berth = sharedBerth ? await startBerthWeb({ DOCKER_HOST: `unix://${socket}` }) : NO_BERTH;
  try {
    if (wants('list')) {
      const list = await benchList(socket, browser, berth, runs);
      printTable(
        `Container list, ${list.containers} containers (median of ${runs})`,
        ['what', 'time', 'vs raw API'],
        [
          ['raw GET /containers/json?all=1', ms(list.rawMs), '1.00×'],
          ['docker ps -a (CLI)', ms(list.cliMs), `${(list.cliMs / list.rawMs).toFixed(2)}×`],
          [
            'backend: handshake + events + relist',
            ms(list.backendMs),
            `${(list.backendMs / list.rawMs).toFixed(2)}×`,
          ],
          [
            'web UI reload: navigation → first row',
            ms(list.screenMs),
            `raw + ${ms(list.screenMs - list.rawMs)} (target ≤ raw + 150 ms)`,
          ],
          [
            'web UI reload: document start → first row',
            ms(list.appMs),
            `raw + ${ms(list.appMs - list.rawMs)}`,
          ],
          ['rows in the DOM', String(list.domRows), `of ${list.containers} (virtualised)`],
        ],
      );
    }

    if (wants('latency')) {
      // Targets among the first rows, so they are on screen in the virtualised list.
      const names = live
        .slice(0, 10)
        .map((id, i) => ({ id, name: `berth-bench-live-${String(i).padStart(4, '0')}` }));
      const latency = await benchEventLatency(socket, browser, berth, names, arg('samples', 60));
      printTable(
        `Engine event → UI updated, web mode, ${total} containers (${latency.samples} pause/unpause events)`,
        ['p50', 'p95', 'max', 'discarded samples', 'target'],
        [[ms(latency.p50), ms(latency.p95), ms(latency.max), String(latency.discarded), 'p95 ≤ 100 ms']],
      );
    }

    const logLines = arg('log-lines', 1_000_000);
    const logId =
      wants('logs') || wants('screen') || wants('console')
        ? await makeLogContainer(TEST_IMAGE, 'berth-bench-logs', logLines)
        : '';
    if (wants('logs')) {
      const logs = await benchLogs(berth, logId, logLines, arg('log-runs', 3));
      printTable(
        `Full log history, ${logLines} lines of 80 bytes (median of ${arg('log-runs', 3)})`,
        ['what', 'time', 'lines/s', 'vs docker logs'],
        [
          [
            'docker logs > /dev/null',
            ms(logs.cliMs),
            String(Math.round(logLines / (logs.cliMs / 1000))),
            '1.00×',
          ],
          [
            `engine → backend → WebSocket → client (${logs.berthLines} lines; ${logs.missing} missing, ${logs.doubled} doubled)`,
            ms(logs.berthMs),
            String(Math.round(logs.berthLines / (logs.berthMs / 1000))),
            `${(logs.cliMs / logs.berthMs).toFixed(2)}× the throughput (target ≥ 0.9×)`,
          ],
        ],
      );
    }

    if (wants('screen')) {
      const smallLines = 1000;
      const smallName = 'berth-bench-logs-small';
      await makeLogContainer(TEST_IMAGE, smallName, smallLines);
      // Twenty opens, so p95 is a percentile (of five it was the maximum, reported next to it anyway).
      const screenRuns = arg('screen-runs', 20);
      const screens = [
        await benchFirstScreen(browser, berth, smallName, smallLines, screenRuns),
        await benchFirstScreen(browser, berth, 'berth-bench-logs', logLines, screenRuns),
      ];
      printTable(
        `First screen of logs, web UI: click "Open <name>" → tail's last line (and the "container stopped" note after it) in the DOM (${screenRuns} opens after a warm-up)`,
        ['history', 'p50', 'p95', 'max', 'target'],
        screens.map((s) => [
          `${s.lines.toLocaleString('en')} lines`,
          ms(s.p50),
          ms(s.p95),
          ms(s.max),
          'p95 ≤ 150 ms',
        ]),
      );
    }

    if (wants('console')) {
      const consoleRuns = arg('log-runs', 3);
      const full = await benchConsole(browser, berth, logId, 'berth-bench-logs', consoleRuns, [
        CONSOLE_SCROLLBACK,
        50_000,
      ]);
      printTable(
        `Full log history into the console, web UI, ${logLines.toLocaleString('en')} lines of 80 bytes (median of ${consoleRuns})`,
        ['what', 'time', 'lines/s', 'vs docker logs'],
        [
          [
            'docker logs > /dev/null',
            ms(full.cliMs),
            String(Math.round(logLines / (full.cliMs / 1000))),
            '1.00×',
          ],
          ...full.rows.map((row) => [
            `"Load full history" → end of log drawn in xterm, scrollback ${row.scrollback.toLocaleString('en')}${row.scrollback === CONSOLE_SCROLLBACK ? ' (default)' : ''} (${row.dropped.toLocaleString('en')} older lines dropped)`,
            ms(row.consoleMs),
            String(Math.round(logLines / (row.consoleMs / 1000))),
            `${(full.cliMs / row.consoleMs).toFixed(2)}× the throughput${row.scrollback === CONSOLE_SCROLLBACK ? ' (target ≥ 0.9×)' : ''}`,
          ]),
        ],
      );
    }

    if (wants('flood')) {
      const flood = await benchFlood(browser, berth, TEST_IMAGE, arg('flood', 60));
      printTable(
        `Memory under a ${flood.seconds} s \`yes\` flood, log view open and following (${flood.samples} samples, every 2 s)`,
        ['what', 'start', 'max', 'end', 'end − start'],
        [memoryRow('renderer JS heap (used)', flood.heap), memoryRow('berth web RSS', flood.rss)],
      );
      printTable(
        'Renderer heap during the flood: JS heap (used) and ArrayBuffer backing stores (xterm scrollback rows)',
        ['at', 'JS heap', 'backing stores'],
        [
          ...flood.points.map((p) => [`${String(p.seconds)} s`, mb(p.used), mb(p.backing)]),
          ['end, after a forced GC', mb(flood.heapAfterGc), mb(flood.backingAfterGc)],
        ],
      );
      process.stdout.write(
        `lines dropped (as the UI reports): ${flood.dropped}; status at the end: "${flood.status}"\n`,
      );
    }

    if (wants('explorer-flood')) {
      const f = await benchExplorerFlood(browser, berth, TEST_IMAGE, arg('flood', 60));
      printTable(
        `Memory under a ${f.seconds} s \`yes\` flood, log explorer open and following, spool limit ${f.limitMb} MB (${f.samples} samples, every 2 s)`,
        ['what', 'start', 'max', 'end', 'end − start'],
        [
          memoryRow('page JS heap (used)', f.heap),
          memoryRow('berth web RSS', f.rss),
          memoryRow('spool files on disk', f.spool),
        ],
      );
      printTable(
        'What the explorer says during the flood (lines held · oldest lines dropped, as shown)',
        ['at', 'status line', 'spool on disk', 'page JS heap', 'berth web RSS'],
        f.points.map((p) => [`${String(p.seconds)} s`, p.status, mb(p.spoolBytes), mb(p.heap), mb(p.rss)]),
      );
      process.stdout.write(
        `oldest lines dropped (as the view says): ${f.dropped.toLocaleString('en')}; "First line" → first held line drawn: ${ms(f.firstLineMs)}\n`,
      );
    }

    if (wants('explorer')) {
      const lines = arg('log-lines', 1_000_000);
      const runs = arg('log-runs', 3);
      const name = 'berth-bench-explorer';
      const id = await makeNumberedContainer(TEST_IMAGE, name, lines);
      const x = await benchExplorer(browser, berth, id, name, lines, runs);
      printTable(
        `Log explorer, web UI: full history of ${lines.toLocaleString('en')} numbered lines of 80 bytes spooled and reachable (median of ${runs}; every run: ${x.loadMsAll.map(ms).join(', ')})`,
        ['what', 'time', 'lines/s (reachable)', 'vs docker logs', 'target'],
        [
          ['docker logs > /dev/null', ms(x.cliMs), String(Math.round(lines / (x.cliMs / 1000))), '1.00×', ''],
          [
            `click "Load full history" → ${x.reachable.toLocaleString('en')} lines reachable (${x.drawn} rows drawn: the window, not the history)`,
            ms(x.loadMs),
            String(Math.round(x.reachable / (x.loadMs / 1000))),
            `${(x.loadMs / x.cliMs).toFixed(2)}× the time`,
            '≤ 1.10× the time',
          ],
          [
            `… and every line's time in (second, timed pass; ${x.timesState}; every run: ${x.timesMsAll.map(ms).join(', ')})`,
            ms(x.timesMs),
            String(Math.round(x.reachable / (x.timesMs / 1000))),
            `${(x.timesMs / x.cliMs).toFixed(2)}× the time`,
            '',
          ],
          [
            `first search result ("0000002 …"; ${x.searchMatches})`,
            ms(x.firstSearchMs),
            '',
            '',
            '≤ 1,000 ms',
          ],
          ...x.jumps.map((j) => [`${j.what}: row drawn${j.ok ? '' : ' (WRONG LINE)'}`, ms(j.ms), '', '', '']),
          [
            `page JS heap / berth web RSS, max of ${x.memorySamples} samples (every 250 ms)`,
            `${mb(x.heapMax)} / ${mb(x.rssMax)}`,
            '',
            '',
            '≤ 100 MB / ≤ 250 MB',
          ],
          [
            `a second client reads the spool back: ${x.check.read.toLocaleString('en')} lines, ${x.check.missing} missing, ${x.check.doubled} doubled`,
            '',
            '',
            '',
            '0 missing, 0 doubled',
          ],
        ],
      );
    }

    if (wants('alerts')) {
      const dying = arg('dying', 200);
      const a = await benchAlerts(socket, browser, TEST_IMAGE, total, dying);
      printTable(
        `Alerts, web UI open: ${a.dying} of ${a.total} containers crash at once (the engine reported the last death ${ms(a.eventSpreadMs)} after the trigger)`,
        ['what', 'value', 'target'],
        [
          ['alerts the burst raised (toasts on screen)', `${a.alerts} (${a.toasts})`, '≤ 3'],
          [
            `deaths counted in them (containers named: ${a.named}, doubled: ${a.doubled}, not ours: ${a.foreign})`,
            String(a.counted),
            `${a.dying}, none doubled`,
          ],
          [
            `die event → row shows exited, p50 / p95 / max (${a.samples} rows on screen)`,
            `${ms(a.p50)} / ${ms(a.p95)} / ${ms(a.max)}`,
            'p95 ≤ 100 ms',
          ],
          [
            // The part that is Berth's: the engine hands the same event to every stream at once.
            `die event on a raw /events stream → row shows exited, p50 / p95 (the same ${a.samples} rows)`,
            `${ms(a.afterDeliveryP50)} / ${ms(a.afterDeliveryP95)}`,
            'p95 ≤ 100 ms',
          ],
          [
            'engine floor: die event → raw list (polled every 100 ms) says not running, p50 / p95',
            `${ms(a.rawP50)} / ${ms(a.rawP95)}`,
            '',
          ],
          [
            // Berth learns of a death from this same stream: its row cannot beat the delivery.
            `engine floor: die event's timestamp → the event arrives on a raw /events stream, p50 / p95 (all ${a.dying})`,
            `${ms(a.deliveredP50)} / ${ms(a.deliveredP95)}`,
            '',
          ],
          [
            // Why the floor moves: the burst's teardown holds every core, and each process in the
            // chain (engine → backend → browser) waits its turn for one.
            'during the burst, main thread of Berth’s backend / of the raw /events reader: ran on a CPU, waited ready to run',
            `${cpuText(a.backendCpu)} / ${cpuText(a.readerCpu)}`,
            '',
          ],
        ],
      );
    }

    if (wants('idle')) {
      const idle = await benchIdle(socket, arg('idle', 10));
      printTable(
        `Idle: backend connected, ${liveCount} running containers, no views open`,
        ['seconds', 'engine calls (besides /events)', 'backend CPU', 'target'],
        [[String(idle.seconds), String(idle.engineCalls), ms(idle.cpuMs), '0 calls']],
      );
    }
  } finally {
    await berth.stop();
    await browser.close();
    if (!process.argv.includes('--keep')) await removeBenchContainers(socket);
  }
};

/** The swarm and engines tables run on their own engines, after the others (see bench/swarm-tables.ts). */
const all = async (): Promise<void> => {
  if ([...only].some((s) => s !== 'swarm' && s !== 'engines')) await main();
  if (wants('swarm')) await runSwarmTables(arg);
  if (wants('engines')) await runEnginesTables(arg);
};

all().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
