import type { StatsSample } from '../../../shared/contract/container-detail.js';
import { StatsChart } from './StatsChart.js';
import { formatPercent, statsText } from './stats-format.js';
import { useStats } from './use-stats.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const cpuValue = (s: StatsSample): number | null => s.cpuPercent;
const memValue = (s: StatsSample): number | null => s.memoryPercent;
/** CPU scales to the busiest moment shown (over 100% on several cores); memory to 100%. */
const cpuMax = (largest: number): number => Math.max(10, Math.ceil(largest / 10) * 10);
const memMax = (): number => 100;

export function StatsView({
  id,
  running,
  visible,
}: {
  readonly id: string;
  readonly running: boolean;
  readonly visible: boolean;
}) {
  const t = useT(messages);
  const view = useStats(id, running);
  const latest = view?.latest;
  const text = latest ? statsText(latest) : null;
  if (!running && !latest) return <p className="muted">{t('notRunning')}</p>;
  return (
    <div className="stats">
      {view?.problem && (
        <p role="status" className="log-status muted">
          {view.problem}
        </p>
      )}
      {text ? (
        <dl className="facts stats-facts" aria-label={t('usage')}>
          <dt>{t('cpu')}</dt>
          <dd>{text.cpu}</dd>
          <dt>{t('memory')}</dt>
          <dd>{t('memoryWithPercent', { memory: text.memory, percent: text.memoryPercent })}</dd>
          <dt>{t('network')}</dt>
          <dd>{text.network}</dd>
          <dt>{t('block')}</dt>
          <dd>{text.block}</dd>
          <dt>{t('processes')}</dt>
          <dd>{text.pids}</dd>
        </dl>
      ) : (
        <p role="status" className="muted">
          {t('waiting')}
        </p>
      )}
      {visible && (
        <div className="stats-charts">
          <figure>
            <figcaption>{t('cpuCaption')}</figcaption>
            <StatsChart
              label={t('cpuChart', { now: formatPercent(latest?.cpuPercent ?? null) })}
              history={view?.history}
              value={cpuValue}
              max={cpuMax}
              version={latest}
            />
          </figure>
          <figure>
            <figcaption>{t('memoryCaption')}</figcaption>
            <StatsChart
              label={t('memoryChart', { now: formatPercent(latest?.memoryPercent ?? null) })}
              history={view?.history}
              value={memValue}
              max={memMax}
              version={latest}
            />
          </figure>
        </div>
      )}
    </div>
  );
}
