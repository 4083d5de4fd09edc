import { describe, expect, it } from 'vitest';
import type { EngineConnection } from '../engine/engine-connection.js';
import { leaveSwarm } from './swarm-state.js';

interface Dial {
  readonly path: string;
}

/** dockerd's answer when the swarm node takes longer than its 15 s to stop: a 500, then the node goes on stopping. */
const deadline = () =>
  Object.assign(new Error('(HTTP code 500) server error'), {
    statusCode: 500,
    json: { message: 'context deadline exceeded' },
  });

/** A fake engine whose first `leaves` answers to /swarm/leave are the given errors; /info follows. */
const fakeEngine = (failures: unknown[]) => {
  let inSwarm = true;
  const leaves: string[] = [];
  const client = {
    modem: {
      dial: (req: Dial, cb: (err: unknown, data: unknown) => void) => {
        if (req.path.startsWith('/swarm/leave')) {
          leaves.push(req.path);
          const failure = failures.shift();
          if (failure !== undefined) {
            cb(failure, null);
            return;
          }
          inSwarm = false;
          cb(null, '');
          return;
        }
        cb(null, { Swarm: { LocalNodeState: inSwarm ? 'active' : 'inactive', ControlAvailable: inSwarm } });
      },
    },
  };
  const connection = {
    call: <T>(fn: (c: typeof client, s: AbortSignal) => Promise<T>) =>
      fn(client, new AbortController().signal),
  } as unknown as EngineConnection;
  return { connection, leaves };
};

describe('leaveSwarm', () => {
  it('asks a forced leave again when the engine ran out of time stopping the node', async () => {
    const engine = fakeEngine([deadline()]);
    const state = await leaveSwarm(engine.connection, true);
    expect(state.state).toBe('inactive');
    expect(engine.leaves).toHaveLength(2);
  });

  it('does not repeat an unforced leave: the engine’s error reaches the user', async () => {
    const engine = fakeEngine([deadline()]);
    await expect(leaveSwarm(engine.connection, false)).rejects.toMatchObject({
      json: { message: 'context deadline exceeded' },
    });
    expect(engine.leaves).toHaveLength(1);
  });

  it('gives up after three forced attempts and says why', async () => {
    const engine = fakeEngine([deadline(), deadline(), deadline()]);
    await expect(leaveSwarm(engine.connection, true)).rejects.toMatchObject({
      json: { message: 'context deadline exceeded' },
    });
    expect(engine.leaves).toHaveLength(3);
  }, 10_000);
});
