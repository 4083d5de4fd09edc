import { docker } from './docker-cli.js';

/**
 * Swarm tests change the engine's networking (ingress, docker_gwbridge) and would take over a
 * swarm someone else runs, so they run only when scripts/test.sh says the engine is its own and
 * every other engine test is done (BERTH_SWARM_TESTS=1), and only on an engine not in a swarm.
 */
export const SWARM_TESTS_ENABLED = process.env.BERTH_SWARM_TESTS === '1';
export const SWARM_SKIP_REASON =
  'swarm tests run only from scripts/test.sh on its own engine, after the other tests (BERTH_SWARM_TESTS=1)';

export const swarmNodeState = (): Promise<string> => docker('info', '--format', '{{.Swarm.LocalNodeState}}');

/** Refuses to start on an engine that is already in a swarm: that swarm is not the test's. */
export const requireNoSwarm = async (): Promise<void> => {
  const state = await swarmNodeState();
  if (state !== 'inactive') {
    throw new Error(`The test engine is already in a swarm (${state}); swarm tests only use one they start.`);
  }
};

/** Always leaves, whatever the test left behind; a leave on an engine not in a swarm is fine. */
export const leaveSwarm = async (): Promise<void> => {
  if ((await swarmNodeState()) !== 'inactive') await docker('swarm', 'leave', '--force');
};
