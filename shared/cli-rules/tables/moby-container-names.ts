import type { RuleTable } from '../table.js';

export const mobyContainerNames: RuleTable<string> = {
  source: {
    repo: 'moby/moby',
    commit: 'b985e2313a8676e18072b442911fc8f64f17d440',
    path: 'daemon/daemon_test.go',
  },
  subject: 'container names (RestrictedNamePattern; reserveName allows one leading "/")',
  cases: [
    { fn: 'validContainerNamePattern', line: 127, input: '-rm', ok: false },
    { fn: 'validContainerNamePattern', line: 127, input: '&sdfsfd', ok: false },
    { fn: 'validContainerNamePattern', line: 127, input: 'safd%sd', ok: false },
    { fn: 'validContainerNamePattern', line: 128, input: 'word-word', ok: true },
    { fn: 'validContainerNamePattern', line: 128, input: 'word_word', ok: true },
    { fn: 'validContainerNamePattern', line: 128, input: '1weoid', ok: true },
    { fn: 'reserveName', path: 'daemon/names.go', line: 63, input: '/web-1', ok: true },
    {
      fn: 'reserveName',
      path: 'daemon/names.go',
      line: 63,
      input:
        'wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww',
      ok: true,
      differs: 'Berth sends names of at most 256 characters (its transport bound); the engine has no limit.',
    },
  ],
};
