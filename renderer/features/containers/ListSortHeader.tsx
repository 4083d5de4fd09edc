import { useClient } from '../../lib/client-context.js';
import { notify } from '../../lib/notifications-store.js';
import { translate, useT } from '../../i18n/index.js';
import { nextSort, type ContainerSort, type ContainerSortColumn } from './container-order.js';
import { saveContainerSort } from './list-preferences.js';
import { listMessages } from './list-messages.js';

/** `aria-sort` for a column header: only the sorted column says its direction. */
export const ariaSortOf = (
  sort: ContainerSort,
  column: ContainerSortColumn,
): 'ascending' | 'descending' | 'none' => (sort.column === column ? sort.direction : 'none');

export const reportSaveFailure = (error: unknown): void => {
  const message = error instanceof Error ? error.message : String(error);
  notify(translate(listMessages, 'saveFailed', { message }));
};

/** A header that sorts its column: a real button, so Tab, Enter and Space work without a mouse. */
export function ListSortHeader({
  column,
  sort,
}: {
  readonly column: ContainerSortColumn;
  readonly sort: ContainerSort;
}) {
  const client = useClient();
  const t = useT(listMessages);
  const label = t(`column_${column}`);
  const arrow = sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
  return (
    <button
      type="button"
      className="sort-header"
      aria-label={t('sortBy', { column: label })}
      onClick={() => {
        saveContainerSort(client, nextSort(sort, column)).catch(reportSaveFailure);
      }}
    >
      {label}
      <span aria-hidden="true" className="sort-arrow">
        {arrow}
      </span>
    </button>
  );
}
