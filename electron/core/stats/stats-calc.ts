import type { StatsSample } from '../../../shared/contract/container-detail.js';
import { list, num, obj } from '../../../shared/json/readers.js';

/*
 * `docker stats`, computed exactly as the docker CLI does (cli/command/container/stats_helpers.go:
 * calculateCPUPercentUnix, calculateMemUsageUnixNoCache, calculateMemPercentUnixNoCache,
 * calculateNetwork, calculateBlockIO), so Berth and the terminal show the same figures.
 * The engine's JSON is read defensively: a missing or odd field counts as 0, never throws.
 */

/** Epoch ms of the engine's reading; null for the zero time a stopped container's sample carries. */
export const readTime = (raw: unknown): number | null => {
  const read = obj(raw).read;
  const at = typeof read === 'string' ? Date.parse(read) : NaN;
  // A stopped or removed container yields samples stamped 0001-01-01 with nothing else in them.
  return Number.isFinite(at) && at > 0 ? at : null;
};

/** null when there is no previous reading (the stream's first sample): CPU% needs two samples. */
export const cpuPercent = (raw: unknown): number | null => {
  const sample = obj(raw);
  const cpu = obj(sample.cpu_stats);
  const pre = obj(sample.precpu_stats);
  const previousSystem = num(pre.system_cpu_usage);
  if (previousSystem === 0) return null;
  const cpuDelta = num(obj(cpu.cpu_usage).total_usage) - num(obj(pre.cpu_usage).total_usage);
  const systemDelta = num(cpu.system_cpu_usage) - previousSystem;
  let onlineCpus = num(cpu.online_cpus);
  // Kernels before 4.x do not report online_cpus; the CLI counts the per-CPU figures instead.
  if (onlineCpus === 0) onlineCpus = list(obj(cpu.cpu_usage).percpu_usage).length;
  return systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * onlineCpus * 100 : 0;
};

/** Usage without the page cache that can be reclaimed, as the CLI (19.03+) and cAdvisor count it. */
export const memoryUsage = (raw: unknown): number => {
  const memory = obj(obj(raw).memory_stats);
  const usage = num(memory.usage);
  const stats = obj(memory.stats);
  // cgroup v1 reports total_inactive_file; v2 only inactive_file. The CLI tries them in this order.
  if ('total_inactive_file' in stats) {
    const inactive = num(stats.total_inactive_file);
    if (inactive < usage) return usage - inactive;
  }
  const inactive = num(stats.inactive_file);
  return inactive < usage ? usage - inactive : usage;
};

const sumNetworks = (raw: unknown): { rx: number; tx: number } => {
  let rx = 0;
  let tx = 0;
  for (const network of Object.values(obj(obj(raw).networks))) {
    rx += num(obj(network).rx_bytes);
    tx += num(obj(network).tx_bytes);
  }
  return { rx, tx };
};

/** The CLI looks at the first letter only: v1 says "Read"/"Write", v2 "read"/"write". */
const sumBlockIo = (raw: unknown): { read: number; write: number } => {
  let read = 0;
  let write = 0;
  for (const entry of list(obj(obj(raw).blkio_stats).io_service_bytes_recursive)) {
    const op = obj(entry).op;
    const first = typeof op === 'string' ? op.charAt(0).toLowerCase() : '';
    if (first === 'r') read += num(obj(entry).value);
    else if (first === 'w') write += num(obj(entry).value);
  }
  return { read, write };
};

/** One engine stats object as Berth shows it; null when the container is not running. */
export const toStatsSample = (raw: unknown): StatsSample | null => {
  const at = readTime(raw);
  if (at === null) return null;
  const memory = obj(obj(raw).memory_stats);
  const usage = memoryUsage(raw);
  const limit = num(memory.limit);
  const network = sumNetworks(raw);
  const block = sumBlockIo(raw);
  return {
    at,
    cpuPercent: cpuPercent(raw),
    memoryUsage: usage,
    memoryLimit: limit,
    // The limit is 0 only when the engine had no cgroup data; the CLI shows 0 % then.
    memoryPercent: limit !== 0 ? (usage / limit) * 100 : 0,
    networkRx: network.rx,
    networkTx: network.tx,
    blockRead: block.read,
    blockWrite: block.write,
    pids: num(obj(obj(raw).pids_stats).current),
  };
};
