import type { RuleTable } from '../table.js';

export const cliNetworkOpt: RuleTable<string> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'opts/network_test.go',
  },
  subject: '--network for docker run (the dialog has one network field)',
  cases: [
    { fn: 'NetworkOpt.Set', line: 18, input: 'docknet1', ok: true },
    {
      fn: 'NetworkOpt.Set',
      line: 39,
      input: 'name=docknet1,alias=web,driver-opt=field1=value1',
      ok: true,
      differs:
        'The run dialog picks one network by name; the advanced --network syntax (aliases, addresses, driver options) is not offered.',
    },
    {
      fn: 'NetworkOpt.Set',
      line: 51,
      input: 'name=docknet1,alias=web1,alias=web2,driver-opt=field1=value1,driver-opt=field2=value2',
      ok: true,
      differs:
        'The run dialog picks one network by name; the advanced --network syntax (aliases, addresses, driver options) is not offered.',
    },
    {
      fn: 'NetworkOpt.Set',
      line: 64,
      input: 'name=docknet1,ip=172.20.88.22,ip6=2001:db8::8822',
      ok: true,
      differs:
        'The run dialog picks one network by name; the advanced --network syntax (aliases, addresses, driver options) is not offered.',
    },
    {
      fn: 'NetworkOpt.Set',
      line: 75,
      input: 'name=docknet1',
      ok: true,
      differs:
        'The run dialog picks one network by name; the advanced --network syntax (aliases, addresses, driver options) is not offered.',
    },
    {
      fn: 'NetworkOpt.Set',
      line: 84,
      input: 'name=docknet1,mac-address=52:0f:f3:dc:50:10',
      ok: true,
      differs:
        'The run dialog picks one network by name; the advanced --network syntax (aliases, addresses, driver options) is not offered.',
    },
    {
      fn: 'NetworkOpt.Set',
      line: 94,
      input: 'name=docknet1,link-local-ip=169.254.169.254,link-local-ip=169.254.10.10',
      ok: true,
      differs:
        'The run dialog picks one network by name; the advanced --network syntax (aliases, addresses, driver options) is not offered.',
    },
    {
      fn: 'NetworkOpt.Set',
      line: 104,
      input:
        'name=docknet1,"driver-opt=com.docker.network.endpoint.sysctls=net.ipv6.conf.IFNAME.accept_ra=2,net.ipv6.conf.IFNAME.forwarding=1"',
      ok: true,
      differs:
        'The run dialog picks one network by name; the advanced --network syntax (aliases, addresses, driver options) is not offered.',
    },
    {
      fn: 'NetworkOpt.Set',
      line: 118,
      input: 'name=docknet1,gw-priority=10',
      ok: true,
      differs:
        'The run dialog picks one network by name; the advanced --network syntax (aliases, addresses, driver options) is not offered.',
    },
    { fn: 'NetworkOpt.Set', line: 143, input: 'invalidField=docknet1', ok: false },
    { fn: 'NetworkOpt.Set', line: 147, input: 'network=docknet1,invalid=web', ok: false },
    {
      fn: 'NetworkOpt.Set',
      line: 151,
      input: 'driver-opt=field1=value1,driver-opt=field2=value2',
      ok: false,
    },
    { fn: 'NetworkOpt.Set', line: 155, input: 'gw-priority=invalid-integer', ok: false },
  ],
};
