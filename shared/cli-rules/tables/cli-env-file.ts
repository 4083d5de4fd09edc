import type { RuleTable } from '../table.js';

export const cliEnvFile: RuleTable<readonly string[]> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'pkg/kvfile/kvfile_test.go',
  },
  subject: '--env-file contents; value: the NAME=value lines the CLI sends',
  cases: [
    {
      fn: 'Parse',
      line: 22,
      input: '# comment=\nVAR=VAR_VALUE\nEMPTY_VAR=\nUNDEFINED_VAR\nDEFINED_VAR\n',
      ok: true,
      value: ['VAR=VAR_VALUE', 'EMPTY_VAR=', 'DEFINED_VAR=defined-value'],
      differs:
        'A line without "=" takes the value from the CLI\'s environment (or is dropped): a GUI has none, so Berth reports the line instead.',
    },
    {
      fn: 'ParseFromReader',
      line: 49,
      input:
        'foo=bar\n    baz=quux\n# comment\n\n_foobar=foobaz\nwith.dots=working\nand_underscore=working too\n\n    \t  ',
      ok: true,
      value: ['foo=bar', 'baz=quux', '_foobar=foobaz', 'with.dots=working', 'and_underscore=working too'],
    },
    { fn: 'ParseFromReader', line: 80, input: '', ok: true, value: [] },
    { fn: 'ParseFromReader', line: 87, input: 'foo=bar\n    f   =quux\n', ok: false },
    { fn: 'ParseFromReader', line: 106, input: 'first line\nanother invalid line', ok: false },
    {
      fn: 'ParseFromReader',
      line: 116,
      input: '# comment=\nVAR=VAR_VALUE\nEMPTY_VAR=\nUNDEFINED_VAR\nDEFINED_VAR\n',
      ok: true,
      value: ['VAR=VAR_VALUE', 'EMPTY_VAR=', 'DEFINED_VAR=defined-value'],
      differs:
        'A line without "=" takes the value from the CLI\'s environment (or is dropped): a GUI has none, so Berth reports the line instead.',
    },
    {
      fn: 'ParseFromReader',
      line: 139,
      input: '# comment=\n=blank variable names are an error case\n',
      ok: false,
    },
  ],
};
