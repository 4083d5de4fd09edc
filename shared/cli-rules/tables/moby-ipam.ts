import type { RuleTable } from '../table.js';

export const mobyIpam: RuleTable<string> = {
  source: {
    repo: 'moby/moby',
    commit: 'b985e2313a8676e18072b442911fc8f64f17d440',
    path: 'daemon/network_test.go',
  },
  subject: 'network IPAM config: subnet, ip-range, gateway (AuxAddress not modelled: inputs leave it out)',
  cases: [
    {
      fn: 'validateIpamConfig',
      line: 20,
      input: '--subnet=10.10.10.0/24 --ip-range=2001:db8::/32 --gateway=2001:db8::1',
      ok: false,
    },
    { fn: 'validateIpamConfig', line: 35, input: '--subnet=2001:db8::/32', ok: true },
    { fn: 'validateIpamConfig', line: 40, input: '--subnet=10.10.10.0/24 --ip-range=10.0.0.0/8', ok: false },
    {
      fn: 'validateIpamConfig',
      line: 49,
      input: '--subnet=10.0.0.0/8 --ip-range=192.168.0.1/24 --gateway=192.168.0.1',
      ok: false,
    },
    { fn: 'validateIpamConfig', line: 64, input: '--subnet=10.10.10.0/8', ok: false },
    { fn: 'validateIpamConfig', line: 71, input: '--subnet=10.0.0.0/8 --ip-range=10.10.10.0/16', ok: false },
    { fn: 'validateIpamConfig', line: 79, input: '', ok: true },
    {
      fn: 'validateIpamConfig',
      line: 82,
      input: '--subnet=10.0.0.0/8 --ip-range=10.10.0.0/16 --gateway=10.10.0.1',
      ok: true,
    },
  ],
};
