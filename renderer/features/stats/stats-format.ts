import type { StatsSample } from '../../../shared/contract/container-detail.js';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** Binary units like `docker stats` (MiB, GiB); one decimal below 100. */
export const formatBytes = (bytes: number): string => {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit] ?? 'B'}`;
};

export const formatPercent = (percent: number | null): string =>
  percent === null || !Number.isFinite(percent) ? '—' : `${percent.toFixed(percent >= 100 ? 0 : 1)}%`;

export interface StatsText {
  readonly cpu: string;
  readonly memory: string;
  readonly memoryPercent: string;
  readonly network: string;
  readonly block: string;
  readonly pids: string;
}

/** An engine without a memory limit reports the host's memory; shown as is. */
export const statsText = (s: StatsSample): StatsText => ({
  cpu: formatPercent(s.cpuPercent),
  memory: `${formatBytes(s.memoryUsage)} / ${formatBytes(s.memoryLimit)}`,
  memoryPercent: formatPercent(s.memoryPercent),
  network: `${formatBytes(s.networkRx)} received / ${formatBytes(s.networkTx)} sent`,
  block: `${formatBytes(s.blockRead)} read / ${formatBytes(s.blockWrite)} written`,
  pids: String(s.pids),
});

/** The list's compact cells. */
export const compactCpu = (s: StatsSample | undefined): string => (s ? formatPercent(s.cpuPercent) : '');
export const compactMemory = (s: StatsSample | undefined): string => (s ? formatBytes(s.memoryUsage) : '');
