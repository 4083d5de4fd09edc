import type { StatsSample } from '../../../shared/contract/container-detail.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

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
  network: translate(messages, 'networkText', { rx: formatBytes(s.networkRx), tx: formatBytes(s.networkTx) }),
  block: translate(messages, 'blockText', {
    read: formatBytes(s.blockRead),
    write: formatBytes(s.blockWrite),
  }),
  pids: String(s.pids),
});

/** The list's compact cells. */
export const compactCpu = (s: StatsSample | undefined): string => (s ? formatPercent(s.cpuPercent) : '');
export const compactMemory = (s: StatsSample | undefined): string => (s ? formatBytes(s.memoryUsage) : '');
