import { useMemo } from 'react';
import { CheckUpdatesButton, CopyAsComposeButton } from '../container-tools/index.js';
import { ProblemsToggle } from '../alerts/index.js';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { Icon } from '../../ui/icons.js';
import { SearchField } from '../../ui/SearchField.js';
import { SegmentedFilter } from '../../ui/SegmentedFilter.js';
import { openRunDialog } from '../run/index.js';
import { softDisabled } from '../../ui/soft-disabled.js';
import { actionApplies, type ListAction } from './container-actions.js';
import { runContainerAction } from './container-commands.js';
import { setFilter, setSearch, useContainersStore, type ContainerFilter } from './containers-store.js';
import { requestNewGroup, requestRemove } from './dialogs-store.js';
import { useCanAct } from './use-container-rows.js';
import { useRowCanAct, useShowsEngines } from './engine-column.js';
import { EngineFilterField } from '../engine/index.js';
import { useLackedReason } from '../engine/index.js';
import { useT } from '../../i18n/index.js';
import { useSettingsStore } from '../../lib/settings-store.js';
import { messages } from './messages.js';
import { ColumnChooser } from './ColumnChooser.js';

const FILTERS: readonly ContainerFilter[] = ['all', 'running', 'stopped'];

const BULK_ACTIONS: readonly ListAction[] = [
  'start',
  'stop',
  'restart',
  'pause',
  'unpause',
  'kill',
  'remove',
];

function FilterGroup() {
  const t = useT(messages);
  const filter = useContainersStore((s) => s.filter);
  const options = FILTERS.map((value) => ({ value, label: t(`filter_${value}`) }));
  return <SegmentedFilter name="container-filter" options={options} value={filter} onChange={setFilter} />;
}

/**
 * Search, filters, new container and new group, and the actions on the selection. Only selected
 * containers that the current filter and search show are acted on: nothing happens to what the user
 * cannot see. More filters (e.g. a "Problems" filter) go in the filters slot, after the state filter.
 */
export function ContainerToolbar({ matchingIds }: { readonly matchingIds: readonly string[] }) {
  const t = useT(messages);
  const client = useClient();
  const settingsReady = useSettingsStore((s) => s.settings !== null);
  const search = useContainersStore((s) => s.search);
  const selected = useContainersStore((s) => s.selected);
  const busy = useContainersStore((s) => s.busy);
  const byId = useContainersStore((s) => s.byId);
  const canActOn = useRowCanAct();
  const pauseLacked = useLackedReason('pause');
  const showsEngines = useShowsEngines();
  // With several engines, one that is down leaves the others' rows actionable.
  const canAct = useCanAct() || showsEngines;

  const inView = useMemo(() => {
    const containers: ContainerSummary[] = [];
    for (const id of matchingIds) {
      const container = selected.has(id) ? byId.get(id) : undefined;
      if (container) containers.push(container);
    }
    return containers;
  }, [matchingIds, selected, byId]);

  // Containers on an engine without pause are left out, as inapplicable states are: the rest still go.
  const engineCan = (action: ListAction, id: string): boolean =>
    (action !== 'pause' && action !== 'unpause') || pauseLacked(id) === null;

  const targetsFor = (action: ListAction): ContainerSummary[] =>
    inView.filter(
      (c) => !busy.has(c.id) && canActOn(c.id) && actionApplies(action, c.state) && engineCan(action, c.id),
    );

  const run = (action: ListAction): void => {
    const targets = targetsFor(action);
    if (action === 'remove') requestRemove(targets.map((c) => c.id));
    else void runContainerAction(client, action, targets);
  };

  return (
    <div className="toolbar">
      <SearchField
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={search}
        onChange={setSearch}
      />
      <FilterGroup />
      <ProblemsToggle containers={byId} />
      {showsEngines && <EngineFilterField />}
      <button
        type="button"
        className="button primary"
        {...softDisabled(!canAct, () => {
          openRunDialog();
        })}
      >
        {t('newContainer')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!settingsReady}
        onClick={() => {
          requestNewGroup(inView.map((c) => c.name));
        }}
      >
        {t('newGroup')}
      </button>
      <ColumnChooser />
      <div className="bulk" role="group" aria-label={t('selectedContainers')}>
        <span className="selection-count" aria-live="polite">
          {inView.length === 0 ? t('noneSelected') : t('selected', { count: inView.length })}
        </span>
        {BULK_ACTIONS.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'remove' || action === 'kill' ? 'button danger' : 'button'}
            {...softDisabled(!canAct || targetsFor(action).length === 0, () => {
              run(action);
            })}
          >
            <Icon name={action} />
            {t(`action_${action}`)}
          </button>
        ))}
        <CopyAsComposeButton containers={inView.map((c) => c.id)} />
        <CheckUpdatesButton containers={inView.map((c) => c.id)} />
      </div>
    </div>
  );
}
