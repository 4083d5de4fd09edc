import { afterEach, describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../shared/contract/engine.js';
import type { ServicesChanged } from '../../../shared/swarm/swarm-types.js';
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
  let eventListener: ((e: EngineEvent) => void) | null = null;
  const calls: string[] = [];
  const service = (id: string) => ({
    ID: id,
    Spec: { Name: id, Mode: { Replicated: { Replicas: 1 } } },
    ServiceStatus: { RunningTasks: running.get(id), DesiredTasks: 1 },
  });
  const client = {
    modem: {
      dial: (req: Dial, cb: (err: unknown, data: unknown) => void) => {
        calls.push(req.path);
        if (req.path.startsWith('/info')) {
          cb(null, { Swarm: { LocalNodeState: 'active', ControlAvailable: true, NodeID: 'n1' } });
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
  return { connection, running, calls, emit };
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
