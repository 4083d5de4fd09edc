import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpuPercent, memoryUsage, toStatsSample } from './stats-calc.js';

/** Real samples from dockerd 20.10.24, cgroup v1, 2 CPUs (see `_about` in the file). */
interface Fixture {
  readonly cpuBurn: readonly [unknown, unknown];
  readonly memoryWithCache: readonly [unknown, unknown];
  readonly stopped: unknown;
}
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/engine-20.10-cgroup-v1.json', import.meta.url), 'utf8'),
) as Fixture;

describe('stats as the docker CLI computes them (recorded engine JSON)', () => {
  it('has no CPU% on the first sample of a stream (no previous reading)', () => {
    expect(cpuPercent(fixture.cpuBurn[0])).toBeNull();
    expect(toStatsSample(fixture.cpuBurn[0])?.cpuPercent).toBeNull();
  });

  it('computes CPU% from the deltas to the previous reading × online CPUs', () => {
    // total_usage 48522781851 - 47585486050, system_cpu_usage 9802260000000 - 9800250000000, 2 CPUs.
    const byHand = ((48522781851 - 47585486050) / (9802260000000 - 9800250000000)) * 2 * 100;
    expect(byHand).toBeCloseTo(93.2633, 4);
    expect(toStatsSample(fixture.cpuBurn[1])).toEqual({
      at: Date.UTC(2026, 10, 27, 22, 45, 17, 793),
      cpuPercent: byHand,
      memoryUsage: 638976, // total_inactive_file is 0
      memoryLimit: 25276026880,
      memoryPercent: (638976 / 25276026880) * 100,
      networkRx: 946,
      networkTx: 0,
      blockRead: 0, // this engine has no blkio accounting
      blockWrite: 0,
      pids: 1,
    });
  });

  it('shows 0 % (not null) for an idle container once there is a previous reading', () => {
    // total_usage is 88901277 in both readings.
    expect(cpuPercent(fixture.memoryWithCache[1])).toBe(0);
  });

  it('subtracts total_inactive_file (cgroup v1) from the memory usage', () => {
    // usage 32198656, total_inactive_file 3407872, limit 25276026880.
    const sample = toStatsSample(fixture.memoryWithCache[0]);
    expect(sample?.memoryUsage).toBe(32198656 - 3407872);
    expect(sample?.memoryPercent).toBeCloseTo(0.1139055, 6);
    expect(sample?.networkRx).toBe(586);
  });

  it('reads a stopped container’s zero-time sample as "not running"', () => {
    expect(toStatsSample(fixture.stopped)).toBeNull();
  });
});

describe('stats fields this engine does not exercise (hand-written in the engine’s shape)', () => {
  it('falls back to the number of per-CPU figures when online_cpus is missing', () => {
    const raw = {
      read: '2024-01-01T00:00:01Z',
      cpu_stats: {
        cpu_usage: { total_usage: 300, percpu_usage: [100, 100, 100, 0] },
        system_cpu_usage: 2000,
      },
      precpu_stats: { cpu_usage: { total_usage: 100 }, system_cpu_usage: 1000 },
    };
    expect(cpuPercent(raw)).toBe((200 / 1000) * 4 * 100);
  });

  it('uses inactive_file on cgroup v2, and the whole usage when the inactive figure is not below it', () => {
    expect(memoryUsage({ memory_stats: { usage: 1000, stats: { inactive_file: 300 } } })).toBe(700);
    expect(memoryUsage({ memory_stats: { usage: 1000, stats: { inactive_file: 1000 } } })).toBe(1000);
    // v1 figure too large: the CLI falls through to inactive_file.
    expect(
      memoryUsage({
        memory_stats: { usage: 1000, stats: { total_inactive_file: 5000, inactive_file: 100 } },
      }),
    ).toBe(900);
  });

  it('sums network bytes over every interface and block I/O by the op’s first letter, any case', () => {
    const sample = toStatsSample({
      read: '2024-01-01T00:00:01.5Z',
      memory_stats: { usage: 10, limit: 0 },
      networks: { eth0: { rx_bytes: 10, tx_bytes: 1 }, eth1: { rx_bytes: 5, tx_bytes: 2 } },
      blkio_stats: {
        io_service_bytes_recursive: [
          { major: 8, minor: 0, op: 'Read', value: 100 },
          { major: 8, minor: 0, op: 'Write', value: 40 },
          { major: 8, minor: 0, op: 'Sync', value: 140 },
          { major: 8, minor: 0, op: 'Total', value: 140 },
          { major: 8, minor: 16, op: 'read', value: 1 },
          { major: 8, minor: 16, op: 'write', value: 2 },
          { major: 8, minor: 16, op: '', value: 999 },
        ],
      },
      pids_stats: { current: 7 },
    });
    expect(sample).toMatchObject({
      at: Date.UTC(2024, 0, 1, 0, 0, 1, 500),
      cpuPercent: null,
      memoryPercent: 0,
      networkRx: 15,
      networkTx: 3,
      blockRead: 101,
      blockWrite: 42,
      pids: 7,
    });
  });

  it('never throws on odd input', () => {
    expect(toStatsSample(null)).toBeNull();
    expect(toStatsSample({ read: '2024-01-01T00:00:00Z', memory_stats: 'x', networks: [1] })).toMatchObject({
      memoryUsage: 0,
      networkRx: 0,
    });
  });
});
