import type { ComposeCommand } from '../../../shared/contract/compose.js';

export interface ComposeInvocation {
  readonly flavour: 'v1' | 'v2';
  readonly file: string;
  readonly project: string | null;
  readonly command: ComposeCommand;
  readonly volumes: boolean;
  /** Global options that pick the engine (`--context NAME` for v1); see compose-env. */
  readonly globalArgs: readonly string[];
}

const SUBCOMMANDS: Readonly<Record<ComposeCommand, readonly string[]>> = {
  // Detached: the task ends when the containers are up; their logs are the project's logs.
  up: ['up', '-d'],
  down: ['down'],
  pull: ['pull'],
  build: ['build'],
  restart: ['restart'],
};

/**
 * The executable and argv for one compose command: never a shell string. Colours are off
 * (`--ansi never`, which v1 1.28+ and v2 both accept) because the console shows plain text and
 * the failure message is the last lines of output.
 */
export const composeArgv = (inv: ComposeInvocation): { file: string; args: string[] } => {
  const common = [
    ...inv.globalArgs,
    '--ansi',
    'never',
    '-f',
    inv.file,
    ...(inv.project === null ? [] : ['-p', inv.project]),
  ];
  const sub = [...SUBCOMMANDS[inv.command], ...(inv.command === 'down' && inv.volumes ? ['-v'] : [])];
  return inv.flavour === 'v2'
    ? { file: 'docker', args: ['compose', ...common, ...sub] }
    : { file: 'docker-compose', args: [...common, ...sub] };
};
