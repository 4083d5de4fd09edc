import { basename, dirname } from 'node:path';
import type { ComposeCli, ComposeRunRequest } from '../../../shared/contract/compose.js';
import type { TaskEngine, TaskSummary } from '../../../shared/contract/tasks.js';
import { BerthError } from '../errors/berth-error.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import type { EventHub } from '../rpc/event-hub.js';
import type { TaskRegistry } from '../tasks/task-registry.js';
import { composeArgv } from './compose-argv.js';
import { detectComposeCli } from './compose-cli.js';
import { composeEngineEnv } from './compose-env.js';
import { checkComposeFile } from './compose-file.js';
import { runComposeProcess } from './compose-process.js';
import { progressItem } from './compose-progress.js';
import type { RecentComposeStore } from './recent-store.js';
import { type Worded, worded } from '../../../shared/contract/error-texts.js';
import { taskWorded } from '../../../shared/contract/task-texts.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A found CLI is reused this long for the same PATH; a missing one is looked for again each time. */
const CLI_CACHE_MS = 30_000;

export interface ComposeRunnerDeps {
  readonly connection: EngineConnection;
  readonly tasks: TaskRegistry;
  readonly hub: EventHub;
  readonly recent: RecentComposeStore;
  /** Read at each call (PATH, HOME, DOCKER_CONFIG…); tests swap it. */
  readonly env?: () => Env;
}

/** `cli.reason` with what was tried; the key's English starts with that same reason. */
const describeMissing = (cli: Extract<ComposeCli, { available: false }>): Worded =>
  worded('composeCliMissing', { tried: cli.tried.join('; ') });

/** Runs compose commands on files the user opens, as tasks with their output as the console. */
export class ComposeRunner {
  private cached: { path: string; at: number; cli: ComposeCli } | null = null;

  constructor(private readonly deps: ComposeRunnerDeps) {}

  private env(): Env {
    return this.deps.env?.() ?? process.env;
  }

  async cli(fresh = false): Promise<ComposeCli> {
    const env = this.env();
    const path = env['PATH'] ?? '';
    const hit = this.cached;
    if (!fresh && hit && hit.path === path && Date.now() - hit.at < CLI_CACHE_MS) return hit.cli;
    const cli = await detectComposeCli(env);
    this.cached = cli.available ? { path, at: Date.now(), cli } : null;
    return cli;
  }

  /** `engine`: named on the task when the request named one. */
  async run(req: ComposeRunRequest, engine?: TaskEngine): Promise<TaskSummary> {
    const status = this.deps.connection.status;
    if (status.state !== 'connected') {
      throw new BerthError(
        'ENGINE_UNREACHABLE',
        status.state === 'unreachable' ? status.reason : worded('engineConnecting'),
      );
    }
    const file = await checkComposeFile(req.file);
    const cli = await this.cli();
    if (!cli.available) throw new BerthError('UNSUPPORTED', describeMissing(cli));

    const { env, globalArgs } = composeEngineEnv(this.env(), status.endpoint, cli.flavour);
    const argv = composeArgv({
      flavour: cli.flavour,
      file,
      project: req.project,
      command: req.command,
      volumes: req.volumes,
      globalArgs,
    });
    const shown = `${cli.command} ${req.command}${req.command === 'up' ? ' -d' : ''}${req.command === 'down' && req.volumes ? ' -v' : ''}`;
    const target = req.project ?? basename(dirname(file));
    const recorded = this.deps.recent
      .remember({ path: file, project: req.project, usedAt: Date.now() })
      .then((list) => {
        this.deps.hub.emit('compose.recentChanged', list);
        return null;
      })
      .catch((err: unknown) => (err instanceof Error ? err.message : String(err)));

    return this.deps.tasks.start(
      'compose',
      taskWorded('composeTitle', { command: req.command, target }),
      async (ctx) => {
        const problem = await recorded;
        if (problem) ctx.output(`(Could not remember this file among the recent ones: ${problem})\n`);
        ctx.output(`$ ${[argv.file, ...argv.args].join(' ')}\n`);
        await runComposeProcess({ ...argv, cwd: dirname(file), env }, ctx, shown, (line) => {
          const item = progressItem(line);
          if (item) ctx.item(item);
        });
        return {
          message: taskWorded('composeFinished', { what: shown, target }),
          ...(req.project ? { result: req.project } : {}),
        };
      },
      engine,
    );
  }
}
