import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { SelectAll } from '../../ui/Checkbox.js';
import { useClock } from '../../ui/use-clock.js';
import { useVirtualRows, VirtualBody, VirtualHead } from '../../ui/VirtualTable.js';
import { ContainerRowView } from './ContainerRowView.js';
import type { ListRow } from './container-rows.js';
import { setManySelected, setSelected, toggleCollapsed, useContainersStore } from './containers-store.js';
import { GroupRowView } from './GroupRowView.js';
import { UserGroupRowView } from './UserGroupRowView.js';
import { useClient } from '../../lib/client-context.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { foldGroup } from './list-preferences.js';
import { reportSaveFailure } from './ListSortHeader.js';
import { openContainer } from '../container-detail/index.js';
import { useRowCanAct, useShowsEngines } from './engine-column.js';
import { ariaSortOf, ListSortHeader } from './ListSortHeader.js';
import type { ContainerSort, ContainerSortColumn } from './container-order.js';
import { gridTemplate, visibleColumns, type ListColumn } from './list-columns.js';
import { useHiddenColumns } from './list-preferences.js';

/** Header text → the sort column it stands for. */
const SORTABLE: Partial<Record<string, ContainerSortColumn>> = {
  Name: 'name',
  Image: 'image',
  State: 'state',
  Created: 'created',
  CPU: 'cpu',
  Memory: 'memory',
};

/** Must match --row-height and --head-height in containers.css. */
const ROW_HEIGHT = 44;
const HEAD_HEIGHT = 36;

/** "All engines" adds whose each row is, as the last column (engine-column.css widens the grid by one). */
type Column = ListColumn['header'] | 'Engine';

function SelectAllContainers({ matchingIds }: { readonly matchingIds: readonly string[] }) {
  const t = useT(messages);
  const selectedCount = useContainersStore((s) =>
    matchingIds.reduce((n, id) => (s.selected.has(id) ? n + 1 : n), 0),
  );
  return (
    <SelectAll
      label={t('selectAll')}
      total={matchingIds.length}
      selected={selectedCount}
      onChange={(on) => {
        setManySelected(matchingIds, on);
      }}
    />
  );
}

interface ContainerListProps {
  readonly rows: readonly ListRow[];
  readonly matchingIds: readonly string[];
  readonly stale: boolean;
  readonly sort: ContainerSort;
}

/**
 * A virtualised grid: the DOM holds only the rows in view (plus a few), so a thousand
 * containers cost what twenty do. Keyboard: the grid has one tab stop, the active row;
 * arrows, Page Up/Down, Home and End move it; Space selects; Enter opens a container's
 * detail or folds a project.
 */
export function ContainerList({ rows, matchingIds, stale, sort }: ContainerListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  // The index is a fallback for when the active row disappears (removed, filtered away).
  const [active, setActive] = useState<{ readonly key: string; readonly index: number } | null>(null);
  // Whether focus was last inside the grid, so a removed focused row can hand focus on.
  const focusInside = useRef(false);
  const canActOn = useRowCanAct();
  const showsEngines = useShowsEngines();
  const hidden = useHiddenColumns();
  const shown = useMemo(() => visibleColumns(hidden), [hidden]);
  const columns = useMemo(() => {
    const headers: Column[] = shown.map((c) => c.header);
    return showsEngines ? [...headers, 'Engine' as const] : headers;
  }, [shown, showsEngines]);
  const template = useMemo(() => gridTemplate(shown), [shown]);
  const now = useClock(30_000);
  const client = useClient();
  const t = useT(messages);

  const virtualizer = useVirtualRows({
    count: rows.length,
    keyOf: (index) => rows[index]?.key ?? index,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    headHeight: HEAD_HEIGHT,
  });

  const activeIndex = useMemo(() => {
    if (active === null) return 0;
    const index = rows.findIndex((row) => row.key === active.key);
    return index >= 0 ? index : Math.max(0, Math.min(rows.length - 1, active.index));
  }, [rows, active]);

  const items = virtualizer.getVirtualItems();
  const activeInDom = items.some((item) => item.index === activeIndex);

  // Keyboard moves land on rows that may not exist until the scroll renders them; and when
  // the focused row itself goes away, focus stays in the list instead of falling to the page.
  useEffect(() => {
    if (pendingFocus.current === null && focusInside.current && document.activeElement === document.body) {
      pendingFocus.current = activeIndex;
    }
    const index = pendingFocus.current;
    if (index === null) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number): void => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[target];
    if (!row) return;
    pendingFocus.current = target;
    setActive({ key: row.key, index: target });
    virtualizer.scrollToIndex(target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEAD_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const onRow = event.target instanceof HTMLElement && event.target.getAttribute('role') === 'row';
    const moves: Partial<Record<string, number>> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
    };
    if (onRow) Object.assign(moves, { Home: 0, End: rows.length - 1 });
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    const row = rows[activeIndex];
    if (!onRow || !row) return;
    if (event.key === ' ') {
      event.preventDefault();
      if (row.kind === 'container') {
        setSelected(row.container.id, !useContainersStore.getState().selected.has(row.container.id));
      } else {
        const { selected } = useContainersStore.getState();
        setManySelected(row.ids, !row.ids.every((id) => selected.has(id)));
      }
    } else if (event.key === 'Enter' && row.kind === 'group') {
      event.preventDefault();
      toggleCollapsed(row.project);
    } else if (event.key === 'Enter' && row.kind === 'user-group') {
      event.preventDefault();
      foldGroup(client, row.name, !row.collapsed).catch(reportSaveFailure);
    } else if (event.key === 'Enter' && row.kind === 'container') {
      event.preventDefault();
      openContainer(row.container.id);
    }
  };

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={t('grid')}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      aria-describedby={stale ? 'containers-stale-note' : undefined}
      // With the active row scrolled out of the DOM, the grid itself keeps the tab stop.
      tabIndex={activeInDom ? -1 : 0}
      className={`${stale ? 'grid stale' : 'grid'}${showsEngines ? ' with-engines' : ''}`}
      style={{ '--columns': template } as CSSProperties}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        focusInside.current = true;
        const rowElement = (event.target as HTMLElement).closest<HTMLElement>('[role="row"][data-index]');
        const index = rowElement ? Number(rowElement.dataset.index) : -1;
        const row = rows[index];
        if (row && row.key !== active?.key) setActive({ key: row.key, index });
        else if (event.target === event.currentTarget) moveTo(activeIndex);
      }}
      onBlur={(event) => {
        // Focus left for elsewhere (or for nowhere, by a click on the page). A focused row that
        // is removed blurs while already detached: that one is not the user leaving.
        const to = event.relatedTarget;
        const left = to instanceof Node ? !event.currentTarget.contains(to) : event.target.isConnected;
        if (left) focusInside.current = false;
      }}
    >
      <VirtualHead
        select={<SelectAllContainers matchingIds={matchingIds} />}
        columns={columns}
        cellClass={(column) => `cell cell-${column.toLowerCase()}`}
        header={(column) => {
          const key = SORTABLE[column];
          return key ? <ListSortHeader column={key} sort={sort} /> : t(`column_${column as Column}`);
        }}
        ariaSort={(column) => {
          const key = SORTABLE[column];
          return key ? ariaSortOf(sort, key) : undefined;
        }}
      />
      <VirtualBody
        virtualizer={virtualizer}
        items={items}
        headHeight={HEAD_HEIGHT}
        row={(item, top) => {
          const row = rows[item.index];
          if (!row) return null;
          const active = item.index === activeIndex;
          return row.kind === 'group' ? (
            <GroupRowView key={row.key} row={row} index={item.index} top={top} active={active} />
          ) : row.kind === 'user-group' ? (
            <UserGroupRowView key={row.key} row={row} index={item.index} top={top} active={active} />
          ) : (
            <ContainerRowView
              key={row.key}
              container={row.container}
              grouped={row.grouped}
              index={item.index}
              top={top}
              active={active}
              canAct={canActOn(row.container.id)}
              engineColumn={showsEngines}
              hidden={hidden}
              now={now}
            />
          );
        }}
      />
    </div>
  );
}
