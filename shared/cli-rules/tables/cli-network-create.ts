import type { RuleTable } from '../table.js';

export const cliNetworkCreate: RuleTable<string> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'cli/command/network/create_test.go',
  },
  subject: 'docker network create --subnet/--ip-range/--gateway (refused cases)',
  cases: [
    {
      fn: 'network create',
      line: 38,
      input: '--ip-range=255.255.0.0/24 --gateway=255.0.255.0 --subnet=10.1.2.0.30.50',
      ok: false,
    },
    { fn: 'network create', line: 47, input: '--gateway=255.0.0.0', ok: false },
    { fn: 'network create', line: 54, input: '--ip-range=255.0.0.0/24', ok: false },
    { fn: 'network create', line: 61, input: '--ip-range=255.0.0.0/24 --gateway=255.0.0.0', ok: false },
    {
      fn: 'network create',
      line: 69,
      input: '--ip-range=255.255.0.0/24 --gateway=255.0.255.0 --subnet=10.1.2.0/23,10.1.3.248/30',
      ok: false,
    },
    {
      fn: 'network create',
      line: 78,
      input:
        '--ip-range=192.168.1.0/25,192.168.1.128/25 --gateway=192.168.1.1,192.168.1.4 --subnet=192.168.2.0/24,192.168.1.250/24',
      ok: false,
    },
    {
      fn: 'network create',
      line: 87,
      input:
        '--ip-range=255.255.200.0/24,255.255.120.0/24 --gateway=255.0.255.0 --subnet=255.255.255.0/24,255.255.0.255/24',
      ok: false,
    },
    {
      fn: 'network create',
      line: 96,
      input:
        '--ip-range=192.168.1.0/24 --gateway=192.168.1.1,192.168.1.4 --subnet=192.168.2.0/24,192.168.1.250/24',
      ok: false,
    },
    {
      fn: 'network create',
      line: 105,
      input:
        '--ip-range=192.168.1.0/24 --gateway=192.168.4.1,192.168.5.4 --subnet=192.168.2.0/24,192.168.1.250/24',
      ok: false,
    },
    {
      fn: 'network create',
      line: 114,
      input: '--gateway=255.255.0.0 --subnet=255.255.0.0/24 --aux-address=router=255.255.1.30',
      ok: false,
    },
  ],
};
