import { memo } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { agedStatus } from '../../../shared/text/aged-status.js';
import { useClock } from '../../ui/use-clock.js';
import { openContainer } from '../container-detail/index.js';
import { compactCpu, compactMemory, useStats } from '../stats/index.js';
import { formatAge } from '../../lib/age-format.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { setSelected, useContainersStore } from './containers-store.js';
import { PortLinks } from './PortLinks.js';
import { RowActions } from './RowActions.js';
import { SafeText } from '../../ui/SafeText.js';
import { revealInvisible } from '../../../shared/text/invisible-chars.js';

interface ContainerRowViewProps {
  readonly container: ContainerSummary;
  readonly grouped: boolean;
  readonly index: number;
  /** Pixels from the top of the list body. */
  readonly top: number;
  /** The grid's one tab stop: only this row's controls are in the tab order. */
  readonly active: boolean;
  readonly canAct: boolean;
  readonly now: number;
}

export const ContainerRowView = memo(function ContainerRowView({
  container,
  grouped,
  index,
  top,
  active,
  canAct,
  now,
}: ContainerRowViewProps) {
  const { id, name } = container;
  const selected = useContainersStore((s) => s.selected.has(id));
  const busy = useContainersStore((s) => s.busy.has(id));
  const tabIndex = active ? 0 : -1;
  return (
    <div
      role="row"
      aria-label={name}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-busy={busy || undefined}
      data-index={index}
      tabIndex={tabIndex}
      className={`row${selected ? ' selected' : ''}${busy ? ' busy' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" className="cell cell-select">
        <Checkbox
          label={`Select ${name}`}
          checked={selected}
          tabIndex={tabIndex}
          onChange={(on) => {
            setSelected(id, on);
          }}
        />
      </div>
      <div
        role="gridcell"
        className={grouped ? 'cell cell-name grouped' : 'cell cell-name'}
        title={revealInvisible(name)}
      >
        <button
          type="button"
          className="link name-link"
          aria-label={`Open ${name}`}
          tabIndex={tabIndex}
          onClick={() => {
            openContainer(id);
          }}
        >
          <SafeText text={name} />
        </button>
      </div>
      <div role="gridcell" className="cell cell-image" title={revealInvisible(container.image)}>
        <SafeText text={container.image} />
      </div>
      <div role="gridcell" className="cell cell-state">
        <span className={`dot state-${container.state}`} aria-hidden="true" />
        {container.state}
      </div>
      <StatusCell status={container.status} statusAt={container.statusAt} />
      <UsageCells id={id} running={container.state === 'running'} />
      <div role="gridcell" className="cell cell-ports">
        <PortLinks ports={container.ports} tabIndex={tabIndex} />
      </div>
      <div
        role="gridcell"
        className="cell cell-age"
        title={new Date(container.created * 1000).toLocaleString()}
      >
        {formatAge(container.created, now)}
      </div>
      <div role="gridcell" className="cell cell-actions">
        <RowActions container={container} disabled={!canAct || busy} tabIndex={tabIndex} />
      </div>
    </div>
  );
});

/** The engine's status, its duration aging by the second on the client (no event, no engine call). */
function StatusCell({
  status,
  statusAt,
}: {
  readonly status: string;
  readonly statusAt: number | undefined;
}) {
  const text = agedStatus(status, statusAt, useClock(1000));
  return (
    <div role="gridcell" className="cell cell-status" title={text}>
      {text}
    </div>
  );
}

/** CPU and memory of a running row, from the shared stats stream (held only while the row is mounted). */
function UsageCells({ id, running }: { readonly id: string; readonly running: boolean }) {
  const latest = useStats(id, running)?.latest;
  const sample = running ? latest : undefined;
  return (
    <>
      <div role="gridcell" className="cell cell-cpu">
        {compactCpu(sample)}
      </div>
      <div role="gridcell" className="cell cell-memory">
        {compactMemory(sample)}
      </div>
    </>
  );
}
