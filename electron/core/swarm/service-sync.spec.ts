import { afterEach, describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../shared/contract/engine.js';
import type { ServiceSummary, ServicesChanged } from '../../../shared/swarm/swarm-types.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { ServiceSync } from './service-sync.js';

interface Dial {
  readonly path: string;
  readonly options: { readonly _query?: Record<string, unknown> };
}

/** A fake engine answering /info and /services the way a manager does, counting the calls. */
const fakeEngine = () => {
  const running = new Map<string, number>([
    ['svc1', 1],
    ['svc2', 1],
  ]);
  const desired = new Map<string, number>();
  let eventListener: ((e: EngineEvent) => void) | null = null;
  const calls: string[] = [];
  /** While set, /services answers this error (an engine too busy to answer in time). */
  const failing: { error: Error | null } = { error: null };
  const service = (id: string) => ({
    ID: id,
    Spec: { Name: id, Mode: { Replicated: { Replicas: desired.get(id) ?? 1 } } },
    ServiceStatus: { RunningTasks: running.get(id), DesiredTasks: desired.get(id) ?? 1 },
  });
  const client = {
    modem: {
      dial: (req: Dial, cb: (err: unknown, data: unknown) => void) => {
        calls.push(req.path);
        if (req.path.startsWith('/info')) {
          cb(null, { Swarm: { LocalNodeState: 'active', ControlAvailable: true, NodeID: 'n1' } });
          return;
        }
        if (failing.error) {
          cb(failing.error, null);
          return;
        }
        const filters = req.options._query?.['filters'];
        const ids =
          typeof filters === 'string' ? (JSON.parse(filters) as { id: string[] }).id : [...running.keys()];
        cb(null, ids.filter((id) => running.has(id)).map(service));
      },
    },
  };
  const connection = {
    status: { state: 'connected' },
    onConnect: () => undefined,
    onEvent: (listener: (e: EngineEvent) => void) => {
      eventListener = listener;
      return { dispose: () => undefined };
    },
    call: <T>(fn: (c: typeof client, s: AbortSignal) => Promise<T>) =>
      fn(client, new AbortController().signal),
  } as unknown as EngineConnection;
  const emit = (e: Partial<EngineEvent>): void => {
    eventListener?.({ type: 'container', action: 'die', id: 'c1', name: null, timeNano: '0', ...e });
  };
  return { connection, running, desired, calls, emit, failing };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ServiceSync', () => {
  let sync: ServiceSync | undefined;
  afterEach(() => {
    sync?.dispose();
  });

  it('catches a task state the manager reports after the container event, and then stops asking', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection, { coalesceMs: 5, settleMinMs: 10, settleQuietChecks: 5 });
    const changes: ServicesChanged[] = [];
    sync.onChange((c) => changes.push(c));
    await sync.relist();
    expect(changes[0]).toMatchObject({ reset: true });
    expect(changes[0]?.upserted.map((s) => s.id).sort()).toEqual(['svc1', 'svc2']);

    // The container died; the manager's count follows 40 ms later.
    engine.emit({ action: 'die', swarmService: 'svc1' });
    setTimeout(() => engine.running.set('svc1', 0), 40);
    const started = Date.now();
    while (!changes.some((c) => c.upserted.some((s) => s.id === 'svc1' && s.running === 0))) {
      if (Date.now() - started > 1_000) throw new Error('the lagging count was never picked up');
      await sleep(5);
    }
    // running 0 of 1 is in flux: re-checks go on until quiet, then stop (bounded, no polling).
    await sleep(600);
    const settled = engine.calls.length;
    await sleep(300);
    expect(engine.calls.length).toBe(settled);
  });

  it('re-checks a lagging service at a steady pace, not a doubling one, and a bounded number of times', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection, {
      coalesceMs: 5,
      settleMinMs: 10,
      settleQuietChecks: 2,
      lagChecks: 10,
    });
    await sync.relist();
    const before = engine.calls.length;
    // The container died and the manager never reports it: every check finds nothing new.
    engine.emit({ action: 'die', swarmService: 'svc1' });
    const started = Date.now();
    let last = -1;
    while (engine.calls.length !== last) {
      last = engine.calls.length;
      await sleep(200);
    }
    // One coalesced fetch, then 9 re-checks 10 ms apart (~0.1 s); doubling would take 5.1 s.
    expect(engine.calls.length - before).toBe(1 + 9);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('ignores container actions that do not move the running count, and other services’ containers', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection, { coalesceMs: 5, settleMinMs: 10, settleQuietChecks: 2 });
    await sync.relist();
    const before = engine.calls.length;
    engine.emit({ action: 'exec_start: sh', swarmService: 'svc1' });
    engine.emit({ action: 'die' });
    await sleep(100);
    expect(engine.calls.length).toBe(before);
  });

  it('serves the list from the model with no engine call once ready', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection);
    await sync.relist();
    const before = engine.calls.length;
    expect((await sync.list()).map((s) => s.name)).toEqual(['svc1', 'svc2']);
    expect(engine.calls.length).toBe(before);
  });
});

/** What a page shows of one service, change by change: `running/desired`, `*` while provisional. */
const watchShown = (sync: ServiceSync, id: string) => {
  const seen: string[] = [];
  let last: ServiceSummary | undefined;
  sync.onChange((change) => {
    const s = change.upserted.find((u) => u.id === id);
    if (!s) return;
    last = s;
    const text = `${s.running}/${s.desired}${s.reportedRunning === undefined ? '' : '*'}`;
    if (seen.at(-1) !== text) seen.push(text);
  });
  return { seen, last: () => last };
};

const until = async (what: string, ok: () => boolean, capMs = 2_000): Promise<void> => {
  const started = Date.now();
  while (!ok()) {
    if (Date.now() - started > capMs) throw new Error(`${what}: not within ${capMs} ms`);
    await sleep(2);
  }
};

describe('ServiceSync: task container events shown before the manager reports them', () => {
  let sync: ServiceSync | undefined;
  afterEach(() => {
    sync?.dispose();
  });
  const options = { coalesceMs: 5, settleMinMs: 10, settleQuietChecks: 3, lagChecks: 20 };

  it('shows a die at once, flagged, and the manager’s catching up confirms it without a second dip', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection, options);
    await sync.relist();
    const shown = watchShown(sync, 'svc1');
    engine.emit({ action: 'die', swarmService: 'svc1' });
    // The manager still reports 1: the 0 comes from the event alone.
    await until('0/1 shown', () => shown.seen.includes('0/1*'));
    await sleep(60);
    engine.running.set('svc1', 0);
    await until('confirmed', () => shown.seen.at(-1) === '0/1');
    await sleep(300);
    expect(shown.seen).toEqual(['0/1*', '0/1']);
    expect((await sync.list()).find((s) => s.id === 'svc1')).toMatchObject({ running: 0 });
  });

  it('a die and its replacement’s start, both before the manager reports either: no dip when it does', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection, options);
    await sync.relist();
    const shown = watchShown(sync, 'svc1');
    engine.emit({ action: 'die', swarmService: 'svc1', id: 'old' });
    await until('0/1 shown', () => shown.seen.includes('0/1*'));
    engine.emit({ action: 'start', swarmService: 'svc1', id: 'new' });
    await until('1/1 shown', () => shown.seen.at(-1) === '1/1');
    // The manager now reports the die, and then the replacement running.
    engine.running.set('svc1', 0);
    await sleep(60);
    engine.running.set('svc1', 1);
    await sleep(400);
    // The count never dips again (only its provisional mark comes and goes), and ends the manager's.
    expect(shown.seen.map((text) => text.replace('*', '')).filter((t, i, all) => t !== all[i - 1])).toEqual([
      '0/1',
      '1/1',
    ]);
    expect(shown.last()?.reportedRunning).toBeUndefined();
  });

  it('scale-down: the stopped task’s die shows the new count before the manager’s running count moves', async () => {
    const engine = fakeEngine();
    engine.desired.set('svc1', 2);
    engine.running.set('svc1', 2);
    sync = new ServiceSync(engine.connection, options);
    await sync.relist();
    const shown = watchShown(sync, 'svc1');
    engine.desired.set('svc1', 1);
    engine.emit({ type: 'service', action: 'update', id: 'svc1' });
    await until('desired 1', () => shown.seen.at(-1) === '2/1');
    engine.emit({ action: 'die', swarmService: 'svc1' });
    await until('1/1 shown', () => shown.seen.at(-1) === '1/1*');
    engine.running.set('svc1', 1);
    await until('confirmed', () => shown.seen.at(-1) === '1/1');
    await sleep(300);
    expect(shown.seen).toEqual(['2/1', '1/1*', '1/1']);
  });

  it('a die the manager never counts is shown for a while, then the manager’s figure stands', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection, options);
    await sync.relist();
    const shown = watchShown(sync, 'svc1');
    engine.emit({ action: 'die', swarmService: 'svc1' });
    await until('0/1 shown', () => shown.seen.includes('0/1*'));
    // 20 quiet re-checks 10 ms apart, then the provisional count is dropped.
    await until('back to the manager’s 1/1', () => shown.seen.at(-1) === '1/1', 3_000);
    expect(shown.seen).toEqual(['0/1*', '1/1']);
    expect((await sync.list()).find((s) => s.id === 'svc1')?.reportedRunning).toBeUndefined();
    const settled = engine.calls.length;
    await sleep(300);
    expect(engine.calls.length).toBe(settled);
  });

  it('a die that arrives after the manager already counted it is not counted twice', async () => {
    const engine = fakeEngine();
    engine.desired.set('svc1', 2);
    engine.running.set('svc1', 2);
    sync = new ServiceSync(engine.connection, options);
    await sync.relist();
    const shown = watchShown(sync, 'svc1');
    // The manager's report (fetched for another reason) has the task down before its die is here.
    engine.running.set('svc1', 1);
    await sync.refresh('svc1');
    expect(shown.seen).toEqual(['1/2']);
    engine.emit({ action: 'die', swarmService: 'svc1' });
    await sleep(300);
    expect(shown.seen).toEqual(['1/2']);
  });

  it('a re-check that fails lets the manager’s last report stand instead of a count that never ends', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection, { ...options, lagChecks: 1_000 });
    await sync.relist();
    const shown = watchShown(sync, 'svc1');
    engine.emit({ action: 'start', swarmService: 'svc1' });
    await until('2/1 shown', () => shown.seen.includes('2/1*'));
    engine.failing.error = new Error('context deadline exceeded');
    await until('back to the manager’s 1/1', () => shown.seen.at(-1) === '1/1');
    expect(sync.get('svc1')?.reportedRunning).toBeUndefined();
    // Re-checks ended with it: nothing asks a failing engine in a loop.
    const settled = engine.calls.length;
    await sleep(200);
    expect(engine.calls.length).toBe(settled);
  });

  it('a relist drops what is provisional', async () => {
    const engine = fakeEngine();
    sync = new ServiceSync(engine.connection, { ...options, lagChecks: 1_000 });
    await sync.relist();
    engine.emit({ action: 'die', swarmService: 'svc1' });
    await until('provisional', () => sync?.get('svc1')?.reportedRunning === 1);
    await sync.relist();
    expect(sync.get('svc1')).toMatchObject({ running: 1 });
    expect(sync.get('svc1')?.reportedRunning).toBeUndefined();
  });
});
