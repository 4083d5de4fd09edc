import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBerthWeb, type BerthWeb } from '../e2e/support/berth-web.js';
import { engineSocketPath, TEST_IMAGE } from '../electron/core/testing/docker-cli.js';
import { launchChromium } from './browser.js';
import {
  benchEnginesIdle,
  benchEnginesLatency,
  benchEnginesList,
  benchOneEngineReloads,
  NAME_PREFIX,
  type BenchEngine,
} from './engines-bench.js';
import {
  copyImage,
  createEngineContainers,
  ENGINES_BENCH_LABEL,
  makeContexts,
  startCountingProxies,
  startPrivateEngine,
} from './engines-fixture.js';
import { waitForQuiet } from './quiet.js';
import { rawApi } from './raw-api.js';
import { ms, printTable } from './stats.js';

/** Removes this bench's containers only (the default engine is shared: other bench runs' stay). */
const removeOwn = async (socket: string, prefixes: readonly string[]): Promise<void> => {
  for (const prefix of prefixes) {
    const filters = encodeURIComponent(JSON.stringify({ label: [`${ENGINES_BENCH_LABEL}=${prefix}`] }));
    const listed = await rawApi(socket, 'GET', `/containers/json?all=1&filters=${filters}`);
    const ids = (JSON.parse(listed.text) as { Id: string }[]).map((c) => c.Id);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < ids.length) await rawApi(socket, 'DELETE', `/containers/${ids[next++] ?? ''}?force=1`);
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  }
};

/** `berth web` opening on "All engines" (or, `one`, the CLI's engine), with its own settings and the bench's contexts. */
const startAllEnginesBerth = async (
  dir: string,
  dockerHost: string,
  dockerConfig: string,
  one = false,
): Promise<BerthWeb> => {
  const config = mkdtempSync(join(dir, 'berth-config-'));
  mkdirSync(join(config, 'berth'));
  writeFileSync(
    join(config, 'berth', 'settings.json'),
    JSON.stringify({
      engines: { defaultEngine: one ? null : 'all' },
      lists: { views: { containers: { sort: { column: 'name', direction: 'ascending' }, filter: 'all' } } },
    }),
  );
  return startBerthWeb({ DOCKER_HOST: dockerHost, DOCKER_CONFIG: dockerConfig, XDG_CONFIG_HOME: config });
};

/**
 * `npm run bench -- --only engines [--engine-containers N --engine-live N --runs N --samples N --idle S]`:
 * three engines (the default one and two private dockerds registered as docker CLI contexts) × N
 * containers in "All engines": list, event → UI per engine, and idle engine calls per engine.
 */
export const runEnginesTables = async (arg: (name: string, fallback: number) => number): Promise<void> => {
  const perEngine = arg('engine-containers', 300);
  const liveCount = Math.min(perEngine, arg('engine-live', 4));
  const runs = arg('runs', 5);
  const samples = arg('samples', 30);
  const idleSeconds = arg('idle', 10);
  const dir = mkdtempSync(join(tmpdir(), 'berth-engines-bench-'));
  const cleanups: (() => Promise<void> | void)[] = [() => rmSync(dir, { recursive: true, force: true })];
  const cleanup = async (): Promise<void> => {
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch (err) {
        process.stderr.write(
          `[engines bench] cleanup: ${err instanceof Error ? err.message : String(err)}\n`,
        );
      }
    }
  };
  // Interrupted: the extra engines and containers go all the same.
  const onSignal = (): void => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const sockets = [engineSocketPath()];
    for (const index of [1, 2]) {
      const engine = await startPrivateEngine(index);
      cleanups.push(() => engine.stop());
      await copyImage(sockets[0] ?? '', engine.socket, TEST_IMAGE);
      sockets.push(engine.socket);
    }
    const labels = ['default', 'beng1', 'beng2'];
    const prefixes = (e: number): string[] => [
      `${NAME_PREFIX}live-${String(e)}`,
      `${NAME_PREFIX}idle-${String(e)}`,
    ];
    const defaultSocket = sockets[0] ?? '';
    for (const [e, socket] of sockets.entries()) cleanups.push(() => removeOwn(socket, prefixes(e)));
    await removeOwn(defaultSocket, prefixes(0));
    process.stdout.write(
      `Preparing ${String(perEngine)} containers (${String(liveCount)} running) on each of 3 engines…\n`,
    );
    const engines: BenchEngine[] = [];
    for (const [e, socket] of sockets.entries()) {
      const [livePrefix = '', idlePrefix = ''] = prefixes(e);
      const ids = await createEngineContainers(socket, TEST_IMAGE, livePrefix, liveCount, true);
      await createEngineContainers(socket, TEST_IMAGE, idlePrefix, perEngine - liveCount, false);
      engines.push({
        label: labels[e] ?? '',
        socket,
        live: ids.map((id, i) => ({ id, name: `${livePrefix}-${String(i).padStart(4, '0')}` })),
      });
    }
    const contexts = await makeContexts(engines.slice(1).map((e) => ({ name: e.label, socket: e.socket })));
    cleanups.push(() => contexts.remove());

    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const berth = await startAllEnginesBerth(dir, `unix://${defaultSocket}`, contexts.dockerConfig);
    cleanups.push(() => berth.stop());

    const { line: quiet } = await waitForQuiet();
    const list = await benchEnginesList(browser, berth, engines, perEngine, runs);
    const reference = await startAllEnginesBerth(dir, `unix://${defaultSocket}`, contexts.dockerConfig, true);
    const one = await benchOneEngineReloads(browser, reference, perEngine, runs).finally(() =>
      reference.stop(),
    );
    const target = list.slowestRawMs + 150;
    const check = list.check;
    printTable(
      `"All engines", 3 engines × ${String(perEngine)} containers (median of ${String(runs)} reloads after a warm-up; ${quiet}${list.unsettled ? `; ${String(list.unsettled)} did not settle` : ''})`,
      ['what', 'time', 'vs slowest raw list'],
      [
        ...engines.map((e) => [
          `raw GET /containers/json?all=1 on ${e.label}`,
          ms(list.rawMs.get(e.label) ?? Number.NaN),
          `${((list.rawMs.get(e.label) ?? Number.NaN) / list.slowestRawMs).toFixed(2)}×`,
        ]),
        [
          'web UI reload: navigation → first row',
          ms(list.firstRowMs),
          `raw + ${ms(list.firstRowMs - list.slowestRawMs)} (target ≤ raw + 150 ms: ${list.firstRowMs <= target ? 'met' : 'MISSED'})`,
        ],
        [
          'web UI reload: navigation → every engine’s rows in the grid',
          ms(list.allRowsMs),
          `raw + ${ms(list.allRowsMs - list.slowestRawMs)}`,
        ],
        [
          `reference, the CLI's engine alone (default, no merge): navigation → first row / → all its rows${one.unsettled ? ` (${String(one.unsettled)} did not settle)` : ''}`,
          `${ms(one.firstRowMs)} / ${ms(one.allRowsMs)}`,
          `raw + ${ms(one.firstRowMs - list.slowestRawMs)}`,
        ],
        [
          `bench rows delivered: ${String(check.rows)} (${[...check.perEngine].map(([l, n]) => `${l} ${String(n)}`).join(', ')}); ${String(check.missing)} missing, ${String(check.doubled)} doubled`,
          '',
          `expected ${String(perEngine * engines.length)}, ${String(perEngine)} each`,
        ],
      ],
    );

    process.stdout.write(`engines in the sidebar: ${list.statuses.join('; ')}\n`);
    const latency = await benchEnginesLatency(browser, berth, engines, samples);
    printTable(
      `Engine event → row's State changed, "All engines", web UI (pause/unpause, ${String(samples)} per engine)`,
      ['engine', 'samples', 'p50', 'p95', 'max', 'failed (discarded)', 'target'],
      latency.map((l) => [
        l.label,
        String(l.samples),
        ms(l.p50),
        ms(l.p95),
        ms(l.max),
        `${String(l.failed)} (${String(l.notShown)} not shown in 10 s)`,
        `p95 ≤ 100 ms: ${l.p95 <= 100 ? 'met' : 'MISSED'}`,
      ]),
    );
    await berth.stop();

    // Idle runs on its own Berth, behind counting proxies: the timed tables above go straight to the engines.
    const proxies = await startCountingProxies(sockets);
    cleanups.push(() => proxies.close());
    const counted = await makeContexts(
      engines.slice(1).map((e, i) => ({ name: e.label, socket: proxies.proxies[i + 1]?.path ?? '' })),
    );
    cleanups.push(() => counted.remove());
    const idleBerth = await startAllEnginesBerth(
      dir,
      `unix://${proxies.proxies[0]?.path ?? ''}`,
      counted.dockerConfig,
    );
    cleanups.push(() => idleBerth.stop());
    const idle = await benchEnginesIdle(browser, idleBerth, engines, proxies.proxies, perEngine, idleSeconds);
    printTable(
      `Idle: page open on "All engines", every engine's rows shown, ${String(idleSeconds)} s untouched`,
      [
        'engine',
        'engine calls (besides /events)',
        'which',
        'new /events',
        'engine events meanwhile',
        'target',
      ],
      idle.map((i) => [
        i.label,
        String(i.calls),
        i.what || '—',
        String(i.eventStreams),
        String(i.engineEvents),
        '0 calls',
      ]),
    );
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
  }
};
