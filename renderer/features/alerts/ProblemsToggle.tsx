import { useMemo } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { hasProblem } from './problem-filter.js';
import { setProblemsOnly, useProblemsStore } from './problems-store.js';
import './alerts.css';

/**
 * The containers toolbar's "Problems" toggle: unhealthy, exited non-zero, OOM killed or restarting,
 * with how many there are now, so a crash is one click from the list even with thousands of rows.
 */
export function ProblemsToggle({
  containers,
}: {
  readonly containers: ReadonlyMap<string, ContainerSummary>;
}) {
  const t = useT(messages);
  const on = useProblemsStore((s) => s.problemsOnly);
  const count = useMemo(() => {
    let n = 0;
    for (const container of containers.values()) if (hasProblem(container)) n++;
    return n;
  }, [containers]);
  return (
    <button
      type="button"
      className={`button problems-toggle${count > 0 ? ' has-problems' : ''}`}
      aria-pressed={on}
      title={t('problemsHint')}
      onClick={() => {
        setProblemsOnly(!on);
      }}
    >
      {t('problems')} <span className="problems-count">{count}</span>
    </button>
  );
}
