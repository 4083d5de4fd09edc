import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import type { StackSummary } from '../../../shared/swarm/swarm-types.js';
import { checkComposeFile } from '../compose/compose-file.js';
import { composeEngineEnv } from '../compose/compose-env.js';
import { runComposeProcess } from '../compose/compose-process.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import type { TaskRegistry } from '../tasks/task-registry.js';
import type { ServiceSync } from './service-sync.js';
import { requireManager } from './swarm-state.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { taskWorded } from '../../../shared/contract/task-texts.js';

/** Stacks are what `docker stack` labels: services grouped by com.docker.stack.namespace. */
export const listStacks = async (services: ServiceSync): Promise<StackSummary[]> => {
  const byStack = new Map<string, { id: string; name: string }[]>();
  for (const s of await services.list()) {
    if (s.stack === null) continue;
    byStack.set(s.stack, [...(byStack.get(s.stack) ?? []), { id: s.id, name: s.name }]);
  }
  return [...byStack.entries()]
    .map(([name, list]) => ({ name, services: list }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
};

const cliEnv = (connection: EngineConnection): Record<string, string> => {
  const status = connection.status;
  if (status.state !== 'connected') throw new BerthError('ENGINE_UNREACHABLE', worded('engineNotConnected'));
  // The docker CLI reads the same variables and contexts as compose v2.
  return composeEngineEnv(process.env, status.endpoint, 'v2').env;
};

/**
 * The argv of a stack deploy. `--resolve-image never`: the engine's local images are used as
 * they are, instead of asking a registry for a digest (which fails offline and for local builds).
 */
export const stackDeployArgv = (file: string, name: string): string[] => [
  'stack',
  'deploy',
  '--detach=true',
  '--resolve-image',
  'never',
  '--compose-file',
  file,
  name,
];

export const deployStack = async (
  deps: {
    readonly connection: EngineConnection;
    readonly tasks: TaskRegistry;
    readonly services: ServiceSync;
  },
  path: string,
  name: string,
): Promise<TaskSummary> => {
  await requireManager(deps.connection);
  const file = await checkComposeFile(path);
  const env = cliEnv(deps.connection);
  const args = stackDeployArgv(file, name);
  const task = deps.tasks.start('compose', taskWorded('deployStackTitle', { name }), async (ctx) => {
    ctx.output(`$ docker ${args.join(' ')}\n`);
    await runComposeProcess({ file: 'docker', args, cwd: dirname(file), env }, ctx, 'docker stack deploy');
    // Stack services raise their own events; this only makes the list current at once.
    await deps.services.relist().catch(() => undefined);
    return { message: taskWorded('stackDeployed', { name }), result: name };
  });
  return task;
};

export const removeStack = async (
  connection: EngineConnection,
  services: ServiceSync,
  name: string,
): Promise<void> => {
  await requireManager(connection);
  const env = cliEnv(connection);
  await new Promise<void>((resolve, reject) => {
    execFile('docker', ['stack', 'rm', name], { env, timeout: 120_000 }, (err, _stdout, stderr) => {
      if (!err) {
        resolve();
        return;
      }
      const text = stderr.trim();
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new BerthError('UNSUPPORTED', worded('dockerCliMissingStacks')));
      } else if (/Nothing found in stack/i.test(text)) {
        reject(new BerthError('NOT_FOUND', worded('noStack', { name })));
      } else {
        reject(new BerthError('ENGINE_ERROR', text || err.message));
      }
    });
  });
  await services.relist().catch(() => undefined);
};
