import type { StatsSample } from '../../../shared/contract/container-detail.js';
import { StatsChart } from './StatsChart.js';
import { formatPercent, statsText } from './stats-format.js';
import { useStats } from './use-stats.js';

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
  const view = useStats(id, running);
  const latest = view?.latest;
  const text = latest ? statsText(latest) : null;
  if (!running && !latest) return <p className="muted">The container is not running: no stats.</p>;
  return (
    <div className="stats">
      {view?.problem && (
        <p role="status" className="log-status muted">
          {view.problem}
        </p>
      )}
      {text ? (
        <dl className="facts stats-facts" aria-label="Resource usage">
          <dt>CPU</dt>
          <dd>{text.cpu}</dd>
          <dt>Memory</dt>
          <dd>
            {text.memory} ({text.memoryPercent})
          </dd>
          <dt>Network</dt>
          <dd>{text.network}</dd>
          <dt>Block I/O</dt>
          <dd>{text.block}</dd>
          <dt>Processes</dt>
          <dd>{text.pids}</dd>
        </dl>
      ) : (
        <p role="status" className="muted">
          Waiting for the first sample…
        </p>
      )}
      {visible && (
        <div className="stats-charts">
          <figure>
            <figcaption>CPU, last 5 minutes</figcaption>
            <StatsChart
              label={`CPU over the last 5 minutes; now ${formatPercent(latest?.cpuPercent ?? null)}`}
              history={view?.history}
              value={cpuValue}
              max={cpuMax}
              version={latest}
            />
          </figure>
          <figure>
            <figcaption>Memory, last 5 minutes</figcaption>
            <StatsChart
              label={`Memory over the last 5 minutes; now ${formatPercent(latest?.memoryPercent ?? null)}`}
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
