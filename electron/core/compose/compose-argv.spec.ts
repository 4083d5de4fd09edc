import { describe, expect, it } from 'vitest';
import { composeArgv, type ComposeInvocation } from './compose-argv.js';

const base: ComposeInvocation = {
  flavour: 'v1',
  file: '/srv/app/docker-compose.yml',
  project: null,
  command: 'up',
  volumes: false,
  globalArgs: [],
};

describe('composeArgv', () => {
  it('runs v1 as docker-compose and v2 as the docker plugin, -f always, -p only when set', () => {
    expect(composeArgv(base)).toEqual({
      file: 'docker-compose',
      args: ['--ansi', 'never', '-f', '/srv/app/docker-compose.yml', 'up', '-d'],
    });
    expect(composeArgv({ ...base, flavour: 'v2', project: 'shop' })).toEqual({
      file: 'docker',
      args: ['compose', '--ansi', 'never', '-f', '/srv/app/docker-compose.yml', '-p', 'shop', 'up', '-d'],
    });
  });

  it('adds -v to down only when volumes are asked for, and never to other commands', () => {
    expect(composeArgv({ ...base, command: 'down', volumes: true }).args.slice(-2)).toEqual(['down', '-v']);
    expect(composeArgv({ ...base, command: 'down' }).args.at(-1)).toBe('down');
    for (const command of ['pull', 'build', 'restart'] as const) {
      expect(composeArgv({ ...base, command, volumes: true }).args.slice(4)).toEqual([command]);
    }
  });

  it('puts global options (a context) first and keeps odd paths as one argument', () => {
    const { args } = composeArgv({
      ...base,
      file: '/srv/my app/$(rm -rf)/c.yml',
      globalArgs: ['--context', 'remote'],
    });
    expect(args).toEqual([
      '--context',
      'remote',
      '--ansi',
      'never',
      '-f',
      '/srv/my app/$(rm -rf)/c.yml',
      'up',
      '-d',
    ]);
  });
});
