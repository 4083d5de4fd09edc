import type { RuleTable } from '../table.js';

export const cliRunFlags: RuleTable<string> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'cli/command/container/opts_test.go',
  },
  subject: 'docker run flags the dialog has: --memory (bytes) and --hostname',
  cases: [
    { fn: '--memory', line: 372, input: 'invalid', ok: false },
    { fn: '--memory', line: 376, input: '1G', ok: true, value: '1073741824' },
    { fn: '--hostname', line: 395, input: 'hostname', ok: true, value: 'hostname' },
    { fn: '--hostname', line: 396, input: 'host-name', ok: true, value: 'host-name' },
    { fn: '--hostname', line: 397, input: 'hostname123', ok: true, value: 'hostname123' },
    { fn: '--hostname', line: 398, input: '123hostname', ok: true, value: '123hostname' },
    {
      fn: '--hostname',
      line: 399,
      input: 'hostname-of-63-bytes-long-should-be-valid-and-without-any-error',
      ok: true,
      value: 'hostname-of-63-bytes-long-should-be-valid-and-without-any-error',
    },
    { fn: '--hostname', line: 401, input: 'hostname.domainname', ok: true, value: 'hostname.domainname' },
    {
      fn: '--hostname',
      line: 402,
      input: 'hostname.domainname.tld',
      ok: true,
      value: 'hostname.domainname.tld',
    },
  ],
};
