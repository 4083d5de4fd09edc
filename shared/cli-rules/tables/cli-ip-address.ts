import type { RuleTable } from '../table.js';

export const cliIpAddress: RuleTable<string> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'opts/opts_test.go',
  },
  subject: 'IP addresses (ValidateIPAddress, trims blanks); value: the canonical form',
  cases: [
    { fn: 'ValidateIPAddress', line: 21, input: '127.0.0.1', ok: true, value: '127.0.0.1' },
    { fn: 'ValidateIPAddress', line: 26, input: ' 127.0.0.1 ', ok: true, value: '127.0.0.1' },
    { fn: 'ValidateIPAddress', line: 31, input: '0:0:0:0:0:0:0:1', ok: true, value: '::1' },
    { fn: 'ValidateIPAddress', line: 36, input: '::1', ok: true, value: '::1' },
    { fn: 'ValidateIPAddress', line: 41, input: ' ::1 ', ok: true, value: '::1' },
    { fn: 'ValidateIPAddress', line: 46, input: '2001:db8::68', ok: true, value: '2001:db8::68' },
    { fn: 'ValidateIPAddress', line: 51, input: '2001:DB8::68', ok: true, value: '2001:db8::68' },
    { fn: 'ValidateIPAddress', line: 56, input: '[::1]', ok: false },
    { fn: 'ValidateIPAddress', line: 61, input: '127', ok: false },
    { fn: 'ValidateIPAddress', line: 66, input: 'random invalid string', ok: false },
  ],
};
