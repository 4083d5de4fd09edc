import { useId } from 'react';
import { NoMatches } from '../../ui/NoMatches.js';
import { RetryableLazy } from '../../ui/RetryableLazy.js';
import { chunkLoader } from '../../lib/use-chunk.js';
import { loadContainerDetail, useDetailStore } from '../container-detail/index.js';
import { useEngineStore } from '../engine/index.js';
import { loadProjectLogsView, useProjectLogsStore } from '../project-logs/index.js';
import { ContainerList } from './ContainerList.js';

// The detail view carries xterm.js (most of the bundle): load it when a container is opened,
// so the list, the first screen, does not wait for it. A chunk that never arrives fails only
// the panel, which offers to ask again: the view is not reloaded and the selection not lost.
const detailChunk = chunkLoader(() => loadContainerDetail().then((m) => m.ContainerDetail));
const projectLogsChunk = chunkLoader(() => loadProjectLogsView().then((m) => m.ProjectLogsView));
import { ContainersDialogs } from './ContainersDialogs.js';
import { isActive } from './container-rows.js';
import { ContainerToolbar } from './ContainerToolbar.js';
import { setFilter, setSearch, useContainersStore } from './containers-store.js';
import { useContainerRows } from './use-container-rows.js';
import { useListStale } from './engine-column.js';
import { useClient } from '../../lib/client-context.js';
import { useContainerSort, useRememberedFilter } from './list-preferences.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

function EmptyState({ total }: { readonly total: number }) {
  const t = useT(messages);
  const loading = useEngineStore((s) => !s.everConnected);
  if (total > 0) {
    return (
      <div className="empty">
        <NoMatches
          what={t('what')}
          onShowAll={() => {
            setFilter('all');
            setSearch('');
          }}
        />
      </div>
    );
  }
  return (
    <div className="empty" role="status">
      {loading ? <p>{t('connecting')}</p> : <p>{t('noContainers')}</p>}
    </div>
  );
}

export function ContainersView() {
  const t = useT(messages);
  const detailId = useDetailStore((s) => s.id);
  const project = useProjectLogsStore((s) => s.project);
  if (project !== null && detailId === null) {
    return (
      <>
        <RetryableLazy
          key={project}
          loader={projectLogsChunk}
          props={{ project }}
          what={t('projectLogs', { name: project })}
          fallback={<p role="status">{t('loading')}</p>}
        />
        <ContainersDialogs />
      </>
    );
  }
  if (detailId !== null) {
    return (
      <>
        <RetryableLazy
          key={detailId}
          loader={detailChunk}
          props={{ id: detailId }}
          what={t('detailPanel')}
          fallback={<p role="status">{t('loading')}</p>}
        />
        <ContainersDialogs />
      </>
    );
  }
  return <ContainersListView />;
}

function ContainersListView() {
  const t = useT(messages);
  const headingId = useId();
  const { rows, matchingIds } = useContainerRows();
  const total = useContainersStore((s) => s.byId.size);
  const running = useContainersStore((s) => {
    let n = 0;
    for (const c of s.byId.values()) if (isActive(c.state)) n++;
    return n;
  });
  const stale = useListStale();
  const sort = useContainerSort();
  const settingsLoaded = useRememberedFilter(useClient());

  return (
    <section className="containers-view" aria-labelledby={headingId} aria-busy={!settingsLoaded || undefined}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
        <span className="muted">{t('counts', { running, total })}</span>
        {stale && (
          <span id="containers-stale-note" className="stale-note">
            {t('lastKnownState')}
          </span>
        )}
      </header>
      <ContainerToolbar matchingIds={matchingIds} />
      {rows.length > 0 ? (
        <ContainerList rows={rows} matchingIds={matchingIds} stale={stale} sort={sort} />
      ) : (
        <EmptyState total={total} />
      )}
      <ContainersDialogs />
    </section>
  );
}
