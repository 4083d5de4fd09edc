import { useMemo } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { Icon } from '../../ui/icons.js';
import { SearchField } from '../../ui/SearchField.js';
import { SegmentedFilter } from '../../ui/SegmentedFilter.js';
import { openRunDialog } from '../run/index.js';
import { softDisabled } from '../../ui/soft-disabled.js';
import { ACTION_LABELS, actionApplies, type ListAction } from './container-actions.js';
import { runContainerAction } from './container-commands.js';
import { setFilter, setSearch, useContainersStore, type ContainerFilter } from './containers-store.js';
import { requestRemove } from './dialogs-store.js';
import { useCanAct } from './use-container-rows.js';

const FILTERS: readonly { readonly value: ContainerFilter; readonly label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'running', label: 'Running' },
  { value: 'stopped', label: 'Stopped' },
];

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
  const filter = useContainersStore((s) => s.filter);
  return <SegmentedFilter name="container-filter" options={FILTERS} value={filter} onChange={setFilter} />;
}

/**
 * Search, filter, and the actions on the selection. Only selected containers that the current
 * filter and search show are acted on: nothing happens to what the user cannot see.
 */
export function ContainerToolbar({ matchingIds }: { readonly matchingIds: readonly string[] }) {
  const client = useClient();
  const search = useContainersStore((s) => s.search);
  const selected = useContainersStore((s) => s.selected);
  const busy = useContainersStore((s) => s.busy);
  const byId = useContainersStore((s) => s.byId);
  const canAct = useCanAct();

  const inView = useMemo(() => {
    const containers: ContainerSummary[] = [];
    for (const id of matchingIds) {
      const container = selected.has(id) ? byId.get(id) : undefined;
      if (container) containers.push(container);
    }
    return containers;
  }, [matchingIds, selected, byId]);

  const targetsFor = (action: ListAction): ContainerSummary[] =>
    inView.filter((c) => !busy.has(c.id) && actionApplies(action, c.state));

  const run = (action: ListAction): void => {
    const targets = targetsFor(action);
    if (action === 'remove') requestRemove(targets.map((c) => c.id));
    else void runContainerAction(client, action, targets);
  };

  return (
    <div className="toolbar">
      <SearchField
        label="Search containers"
        placeholder="Search name, image, project, port"
        value={search}
        onChange={setSearch}
      />
      <FilterGroup />
      <button
        type="button"
        className="button primary"
        {...softDisabled(!canAct, () => {
          openRunDialog();
        })}
      >
        New container
      </button>
      <div className="bulk" role="group" aria-label="Selected containers">
        <span className="selection-count" aria-live="polite">
          {inView.length === 0 ? 'None selected' : `${inView.length} selected`}
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
            {ACTION_LABELS[action]}
          </button>
        ))}
      </div>
    </div>
  );
}
