import { describe, expect, it } from 'vitest';
import { keptArgv } from './kept-argv.js';

const kept = (path: string, value: unknown) => ({ path, value: JSON.stringify(value) });

describe('kept settings as docker run flags', () => {
  it('says every kept setting the CLI has a flag for, bytes exactly', () => {
    expect(
      keptArgv([
        kept('Config.Domainname', 'example.org'),
        kept('HostConfig.CgroupParent', 'berth'),
        kept('HostConfig.CpuShares', 512),
        kept('HostConfig.MemoryReservation', 33554432),
        kept('HostConfig.MemorySwap', -1),
        kept('HostConfig.OomScoreAdj', -100),
        kept('Config.ExposedPorts', { '8080/tcp': {}, '53/udp': {} }),
      ]).argv,
    ).toEqual([
      '--domainname',
      'example.org',
      '--cgroup-parent',
      'berth',
      '--cpu-shares',
      '512',
      '--memory-reservation',
      '33554432b',
      '--memory-swap',
      '-1',
      '--oom-score-adj',
      '-100',
      '--expose',
      '8080/tcp',
      '--expose',
      '53/udp',
    ]);
  });

  it('lists what no flag can set instead of dropping it silently', () => {
    expect(keptArgv([kept('HostConfig.KernelMemoryTCP', 5), kept('HostConfig.CpuShares', 0)])).toEqual({
      argv: [],
      unsaid: ['HostConfig.KernelMemoryTCP'],
    });
  });
});
