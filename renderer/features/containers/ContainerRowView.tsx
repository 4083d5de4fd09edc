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
import { EngineCell } from './engine-column.js';
import { HealthBadges } from '../alerts/index.js';
import { UpdateBadge } from '../container-tools/index.js';
import { FavouriteToggle } from './FavouriteToggle.js';
import { SafeText } from '../../ui/SafeText.js';
import { revealInvisible } from '../../../shared/text/invisible-chars.js';
import { useT } from '../../i18n/index.js';
import { GroupSelect } from './GroupSelect.js';
import { messages } from './messages.js';

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
  /** "All engines": the row says which engine it is on. */
  readonly engineColumn?: boolean;
  /** Columns the user hid (by key); their cells are left out, as the header's are. */
  readonly hidden?: ReadonlySet<string>;
}

const NONE_HIDDEN: ReadonlySet<string> = new Set();

export const ContainerRowView = memo(function ContainerRowView({
  container,
  grouped,
  index,
  top,
  active,
  canAct,
  now,
  engineColumn = false,
  hidden = NONE_HIDDEN,
}: ContainerRowViewProps) {
  const shows = (column: string): boolean => !hidden.has(column);
  const t = useT(messages);
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
          label={t('select', { name })}
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
        <FavouriteToggle name={name} tabIndex={tabIndex} />
        <button
          type="button"
          className="link name-link"
          aria-label={t('open', { name })}
          tabIndex={tabIndex}
          onClick={() => {
            openContainer(id);
          }}
        >
          <SafeText text={name} />
        </button>
        <HealthBadges container={container} />
        <UpdateBadge id={id} />
      </div>
      {shows('image') && (
        <div role="gridcell" className="cell cell-image" title={revealInvisible(container.image)}>
          <SafeText text={container.image} />
        </div>
      )}
      {shows('state') && (
        <div role="gridcell" className="cell cell-state">
          <span className={`dot state-${container.state}`} aria-hidden="true" />
          {t(`state_${container.state}`)}
        </div>
      )}
      {shows('status') && <StatusCell status={container.status} statusAt={container.statusAt} />}
      <UsageCells
        id={id}
        running={container.state === 'running'}
        cpu={shows('cpu')}
        memory={shows('memory')}
      />
      {shows('ports') && (
        <div role="gridcell" className="cell cell-ports">
          <PortLinks ports={container.ports} tabIndex={tabIndex} />
        </div>
      )}
      {shows('created') && (
        <div
          role="gridcell"
          className="cell cell-age"
          title={new Date(container.created * 1000).toLocaleString()}
        >
          {formatAge(container.created, now)}
        </div>
      )}
      <div role="gridcell" className="cell cell-actions">
        <RowActions container={container} disabled={!canAct || busy} tabIndex={tabIndex} />
        <GroupSelect name={name} tabIndex={tabIndex} />
      </div>
      {engineColumn && <EngineCell id={id} />}
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
function UsageCells({
  id,
  running,
  cpu,
  memory,
}: {
  readonly id: string;
  readonly running: boolean;
  readonly cpu: boolean;
  readonly memory: boolean;
}) {
  // With both columns hidden the row holds no stream at all.
  const latest = useStats(id, running && (cpu || memory))?.latest;
  const sample = running ? latest : undefined;
  return (
    <>
      {cpu && (
        <div role="gridcell" className="cell cell-cpu">
          {compactCpu(sample)}
        </div>
      )}
      {memory && (
        <div role="gridcell" className="cell cell-memory">
          {compactMemory(sample)}
        </div>
      )}
    </>
  );
}
