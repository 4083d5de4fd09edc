import type { RuleTable } from '../table.js';

export const cliLabels: RuleTable<string> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'opts/opts_test.go',
  },
  subject: '--label key[=value]',
  cases: [
    { fn: 'ValidateLabel', line: 254, input: '', ok: false },
    { fn: 'ValidateLabel', line: 259, input: ' ', ok: false },
    { fn: 'ValidateLabel', line: 264, input: ' = ', ok: false },
    { fn: 'ValidateLabel', line: 269, input: '    label=value', ok: true },
    { fn: 'ValidateLabel', line: 273, input: 'this is a label without value', ok: false },
    { fn: 'ValidateLabel', line: 278, input: 'this is a label=value', ok: false },
    { fn: 'ValidateLabel', line: 283, input: 'label=a value that has whitespace', ok: true },
    { fn: 'ValidateLabel', line: 287, input: 'label=value      ', ok: true },
    { fn: 'ValidateLabel', line: 291, input: 'label=    value', ok: true },
    { fn: 'ValidateLabel', line: 295, input: 'label', ok: true },
    { fn: 'ValidateLabel', line: 299, input: '=label', ok: false },
    { fn: 'ValidateLabel', line: 304, input: 'label=', ok: true },
    { fn: 'ValidateLabel', line: 308, input: 'key1=value1', ok: true },
    { fn: 'ValidateLabel', line: 312, input: 'key1=value1=value2', ok: true },
    { fn: 'ValidateLabel', line: 316, input: 'key1=value1=value2=value', ok: true },
    { fn: 'ValidateLabel', line: 320, input: 'key"with"quotes={"hello"}', ok: true },
    { fn: 'ValidateLabel', line: 324, input: '"quoted-label"="quoted value"', ok: true },
    { fn: 'ValidateLabel', line: 328, input: "key'with'quotes=hello'with'quotes", ok: true },
    { fn: 'ValidateLabel', line: 332, input: "'quoted-label'='quoted value''", ok: true },
  ],
};
