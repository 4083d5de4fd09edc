import { startBerthWeb } from '../e2e/support/berth-web.js';
import { engineSocketPath, TEST_IMAGE } from '../electron/core/testing/docker-cli.js';
import { launchChromium } from './browser.js';
import { benchConsole, benchFirstScreen, CONSOLE_SCROLLBACK } from './console-bench.js';
import { createContainers, removeBenchContainers } from './fixtures.js';
import { benchIdle } from './idle-bench.js';
import { benchFlood, type MemorySeries } from './flood-bench.js';
import { benchEventLatency } from './latency-bench.js';
import { benchList } from './list-bench.js';
import { benchLogs, makeLogContainer } from './logs-bench.js';
import { ms, printTable } from './stats.js';

/**
 * `npm run bench [-- --containers N --runs N --samples N --log-runs N --screen-runs N --flood SECONDS
 * --idle SECONDS]`: prints tables; asserts nothing.
 */
const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) ? value : fallback;
};

/** `--only console,flood`: just those tables (list, latency, logs, screen, console, flood, idle). */
const SECTIONS = ['list', 'latency', 'logs', 'screen', 'console', 'flood', 'idle'] as const;
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
  const berth = await startBerthWeb({ DOCKER_HOST: `unix://${socket}` });
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
        ['p50', 'p95', 'max', 'target'],
        [[ms(latency.p50), ms(latency.p95), ms(latency.max), 'p95 ≤ 100 ms']],
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
            `engine → backend → WebSocket → client (${logs.berthLines} lines)`,
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
      const screenRuns = arg('screen-runs', 5);
      const screens = [
        await benchFirstScreen(browser, berth, smallName, smallLines, screenRuns),
        await benchFirstScreen(browser, berth, 'berth-bench-logs', logLines, screenRuns),
      ];
      printTable(
        `First screen of logs, web UI: click "Open <name>" → tail's last line (and the "container stopped" note after it) in the DOM (${screenRuns} opens after a warm-up)`,
        ['history', 'p50', 'max', 'target'],
        screens.map((s) => [`${s.lines.toLocaleString('en')} lines`, ms(s.p50), ms(s.max), '≤ 150 ms']),
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

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
