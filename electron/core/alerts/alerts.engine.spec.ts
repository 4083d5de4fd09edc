import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, AlertItem } from '../../../shared/alerts/alert-types.js';
import type { ContainerHealth } from '../../../shared/alerts/health-types.js';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
} from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';
import { ALERT_HISTORY_FILE } from './alert-history-store.js';

const SCOPE = 'alerts-engine';
const ctx = { clientId: 'test' };
const PROJECT = 'com.docker.compose.project';
/** How long "no (more) alerts" is waited for after the engine's events have been decided. */
const QUIET_MS = 2_500;

/** Whether a host process has the burst spec's trigger FIFO open (as its container sees the path). */
const holdsTrigger = (pid: number): boolean => {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === '/trigger/go';
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('alerts from the real engine', () => {
  let dir: string;
  let backend: Backend;
  /** Every raising of every alert, in order (an alert that grows is raised again with its id). */
  const raised: Alert[] = [];

  const ok = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await backend.router.invoke(channel, payload, ctx);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  /** The latest version of each alert that names this container. */
  const alertsFor = (id: string): Alert[] => {
    const latest = new Map<string, Alert>();
    for (const alert of raised) latest.set(alert.id, alert);
    return [...latest.values()].filter((a) => a.items.some((item) => item.id === id));
  };
  const itemFor = (id: string): AlertItem | undefined =>
    alertsFor(id)
      .flatMap((a) => a.items)
      .find((item) => item.id === id);

  beforeAll(async () => {
    await removeTestContainers(SCOPE);
    dir = mkdtempSync(join(tmpdir(), 'berth-alerts-'));
    backend = backendFor(`unix://${engineSocketPath()}`, { dataDir: dir });
    backend.hub.subscribe((channel, payload) => {
      if (channel === 'alerts.raised') raised.push(payload as Alert);
    });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await removeTestContainers(SCOPE);
    rmSync(dir, { recursive: true, force: true });
  });

  it("`sh -c 'exit 3'` raises one alert naming the exit code, and the history file keeps it", async () => {
    const id = await runTestContainer('berth-alerts-exit3', SCOPE, [], ['sh', '-c', 'sleep 0.3; exit 3']);
    await eventually(
      () => expect(itemFor(id)).toMatchObject({ kind: 'exit', exitCode: 3, name: 'berth-alerts-exit3' }),
      10_000,
    );
    await sleep(QUIET_MS);
    expect(alertsFor(id)).toHaveLength(1);
    expect(backend.containers.get(id)).toMatchObject({ state: 'exited', exitCode: 3 });
    await eventually(() => {
      const file = JSON.parse(readFileSync(join(dir, ALERT_HISTORY_FILE), 'utf8')) as Alert[];
      expect(file.some((a) => a.items.some((item) => item.id === id))).toBe(true);
    }, 5_000);
    const history = await ok<{ alerts: Alert[] }>('alerts.history', {});
    expect(history.alerts.some((a) => a.items.some((item) => item.id === id))).toBe(true);
  });

  it('`docker stop` (and `docker kill`) of a healthy container raise none', async () => {
    const health = ['--health-cmd', 'true', '--health-interval', '1s'];
    const stopped = await runTestContainer('berth-alerts-stopped', SCOPE, health);
    const killed = await runTestContainer('berth-alerts-killed', SCOPE, health);
    await eventually(() => expect(backend.containers.get(stopped)?.health).toBe('healthy'), 15_000);
    // busybox sleep as PID 1 ignores SIGTERM: the stop ends in SIGKILL, exit 137, as many real images do.
    await Promise.all([docker('stop', '-t', '1', stopped), docker('kill', killed)]);
    await eventually(() => expect(backend.containers.get(stopped)?.state).toBe('exited'), 10_000);
    await eventually(() => expect(backend.containers.get(killed)?.exitCode).toBe(137), 10_000);
    await sleep(QUIET_MS);
    expect(alertsFor(stopped)).toEqual([]);
    expect(alertsFor(killed)).toEqual([]);
  });

  it('a `--restart always` container exiting 1 raises one "restarting in a loop" alert', async () => {
    const id = await runTestContainer(
      'berth-alerts-loop',
      SCOPE,
      ['--restart', 'always'],
      ['sh', '-c', 'exit 1'],
    );
    await eventually(() => expect(itemFor(id)).toMatchObject({ kind: 'restart-loop', exitCode: 1 }), 30_000);
    // Let it go on restarting: still one alert, one item.
    await sleep(QUIET_MS * 2);
    expect(alertsFor(id)).toHaveLength(1);
    await eventually(
      () => expect(backend.containers.get(id)?.restartCount ?? 0).toBeGreaterThanOrEqual(3),
      10_000,
    );
    await docker('update', '--restart', 'no', id);
  });

  it('a health check that passes then fails shows starting → healthy → unhealthy, its probe output, and one alert', async () => {
    const seen: string[] = [];
    let id = '';
    const watch = backend.containers.onChange((change) => {
      for (const row of change.upserts)
        if (row.id === id && row.health && seen.at(-1) !== row.health) seen.push(row.health);
    });
    const probe = 'if [ -f /probe-bad ]; then echo probe-failed; exit 1; fi; echo probe-ok';
    id = await runTestContainer(
      'berth-alerts-health',
      SCOPE,
      ['--health-cmd', probe, '--health-interval', '1s', '--health-retries', '1', '--health-timeout', '1s'],
      ['sh', '-c', 'sleep 4; touch /probe-bad; sleep 3600'],
    );
    await eventually(() => expect(itemFor(id)?.kind).toBe('unhealthy'), 20_000);
    // The list turned unhealthy no later than one interval + 1 s after the alert's engine event.
    const unhealthyAt = itemFor(id)?.at ?? 0;
    await eventually(() => expect(backend.containers.get(id)?.health).toBe('unhealthy'), 1_000 + 1_000);
    expect(Date.now() - unhealthyAt).toBeLessThan(2_000 + 1_000);
    watch.dispose();
    expect(seen.slice(seen.indexOf('healthy'))).toEqual(['healthy', 'unhealthy']);
    const health = await ok<ContainerHealth>('alerts.health', { ref: id });
    expect(health.config?.intervalMs).toBe(1_000);
    expect(health.status).toBe('unhealthy');
    expect(health.probes.some((p) => p.exitCode === 1 && p.output.includes('probe-failed'))).toBe(true);
    expect(health.probes.some((p) => p.exitCode === 0 && p.output.includes('probe-ok'))).toBe(true);
    await sleep(QUIET_MS);
    expect(alertsFor(id)).toHaveLength(1);
  }, 120_000);

  it('a container over its memory limit is shown as OOM killed (this kernel enforces memory limits)', async () => {
    const id = await runTestContainer(
      'berth-alerts-oom',
      SCOPE,
      ['--memory', '16m', '--memory-swap', '16m'],
      ['sh', '-c', 'x=aaaaaaaaaaaaaaaa; while true; do x=$x$x; done'],
    );
    await eventually(() => expect(itemFor(id)?.kind).toBe('oom'), 60_000);
    await eventually(
      () => expect(backend.containers.get(id)).toMatchObject({ oomKilled: true, exitCode: 137 }),
      10_000,
    );
  });

  it('50 containers dying at once (not by Berth or the CLI) raise one grouped alert under their project', async () => {
    // Each blocks reading one FIFO whose only writer is this spec, then exits 1: closing the writer
    // wakes all 50 at once, a crash no stop request explains. Nothing polls, so no load of its own.
    const trigger = mkdtempSync(join(tmpdir(), 'berth-alerts-trigger-'));
    const fifo = join(trigger, 'go');
    execFileSync('mkfifo', [fifo]);
    // Read-write: opening does not wait for a reader, and the readers' opens do not wait either.
    const writer = openSync(fifo, 'r+');
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 10) {
      const batch = Array.from({ length: 10 }, (_, j) =>
        runTestContainer(
          `berth-alerts-burst-${i + j}`,
          SCOPE,
          ['--label', `${PROJECT}=berth-alerts-burst`, '-v', `${trigger}:/trigger:ro`],
          ['sh', '-c', 'read line < /trigger/go; exit 1'],
        ),
      );
      ids.push(...(await Promise.all(batch)));
    }
    // Every container holds the FIFO open (seen from the host's /proc) before the trigger.
    const pids = (await docker('inspect', '-f', '{{.State.Pid}}', ...ids)).split('\n').map(Number);
    await eventually(() => expect(pids.filter((pid) => !holdsTrigger(pid))).toEqual([]), 30_000);
    const before = raised.length;
    closeSync(writer);
    const latest = (): Alert[] => {
      const byId = new Map<string, Alert>();
      for (const alert of raised.slice(before)) byId.set(alert.id, alert);
      return [...byId.values()];
    };
    // A loaded engine reports these deaths seconds apart; they are one alert all the same.
    await eventually(() => expect(latest().reduce((sum, a) => sum + a.total, 0)).toBe(50), 120_000);
    await sleep(QUIET_MS);
    expect(latest()).toHaveLength(1);
    expect(latest()[0]).toMatchObject({ project: 'berth-alerts-burst', total: 50 });
    expect(new Set(latest()[0]?.items.map((item) => item.id))).toEqual(new Set(ids));
    rmSync(trigger, { recursive: true, force: true });
  }, 300_000);

  it('muting a project silences its containers and nothing else', async () => {
    await ok('settings.update', { section: 'alerts', values: { mutedProjects: ['berth-alerts-quiet'] } });
    const quiet = await runTestContainer(
      'berth-alerts-quiet',
      SCOPE,
      ['--label', `${PROJECT}=berth-alerts-quiet`],
      ['sh', '-c', 'sleep 0.3; exit 2'],
    );
    const loud = await runTestContainer(
      'berth-alerts-loud',
      SCOPE,
      ['--label', `${PROJECT}=berth-alerts-loud`],
      ['sh', '-c', 'sleep 0.3; exit 2'],
    );
    await eventually(
      () => expect(itemFor(loud)).toMatchObject({ kind: 'exit', project: 'berth-alerts-loud' }),
      10_000,
    );
    await eventually(() => expect(backend.containers.get(quiet)?.exitCode).toBe(2), 10_000);
    await sleep(QUIET_MS);
    expect(alertsFor(quiet)).toEqual([]);
    await ok('settings.update', { section: 'alerts', values: { mutedProjects: [] } });
  }, 120_000);

  it('refuses a hostile container reference without an engine call', async () => {
    const result = await backend.router.invoke('alerts.health', { ref: '../../x' }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
  });
});
