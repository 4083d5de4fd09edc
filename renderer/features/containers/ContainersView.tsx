import { lazy, Suspense, useId } from 'react';
import { NoMatches } from '../../ui/NoMatches.js';
import { loadContainerDetail, useDetailStore } from '../container-detail/index.js';
import { useEngineStore } from '../engine/index.js';
import { loadProjectLogsView, useProjectLogsStore } from '../project-logs/index.js';
import { ContainerList } from './ContainerList.js';

// The detail view carries xterm.js (most of the bundle): load it when a container is opened,
// so the list, the first screen, does not wait for it.
const ContainerDetail = lazy(() => loadContainerDetail().then((m) => ({ default: m.ContainerDetail })));
const ProjectLogsView = lazy(() => loadProjectLogsView().then((m) => ({ default: m.ProjectLogsView })));
import { ContainersDialogs } from './ContainersDialogs.js';
import { isActive } from './container-rows.js';
import { ContainerToolbar } from './ContainerToolbar.js';
import { setFilter, setSearch, useContainersStore } from './containers-store.js';
import { useContainerRows } from './use-container-rows.js';

function EmptyState({ total }: { readonly total: number }) {
  const loading = useEngineStore((s) => !s.everConnected);
  if (total > 0) {
    return (
      <div className="empty">
        <NoMatches
          what="containers"
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
      {loading ? (
        <p>Connecting to the Docker engine…</p>
      ) : (
        <p>
          No containers yet. Containers you create, for example with <code>docker run</code>, show up here.
        </p>
      )}
    </div>
  );
}

export function ContainersView() {
  const detailId = useDetailStore((s) => s.id);
  const project = useProjectLogsStore((s) => s.project);
  if (project !== null && detailId === null) {
    return (
      <>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <ProjectLogsView key={project} project={project} />
        </Suspense>
        <ContainersDialogs />
      </>
    );
  }
  if (detailId !== null) {
    return (
      <>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <ContainerDetail key={detailId} id={detailId} />
        </Suspense>
        <ContainersDialogs />
      </>
    );
  }
  return <ContainersListView />;
}

function ContainersListView() {
  const headingId = useId();
  const { rows, matchingIds } = useContainerRows();
  const total = useContainersStore((s) => s.byId.size);
  const running = useContainersStore((s) => {
    let n = 0;
    for (const c of s.byId.values()) if (isActive(c.state)) n++;
    return n;
  });
  const stale = useEngineStore(
    (s) => s.everConnected && (s.status?.state !== 'connected' || s.link.state !== 'open'),
  );

  return (
    <section className="containers-view" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>Containers</h1>
        <span className="muted">
          {running} running · {total} total
        </span>
        {stale && (
          <span id="containers-stale-note" className="stale-note">
            Last known state
          </span>
        )}
      </header>
      <ContainerToolbar matchingIds={matchingIds} />
      {rows.length > 0 ? (
        <ContainerList rows={rows} matchingIds={matchingIds} stale={stale} />
      ) : (
        <EmptyState total={total} />
      )}
      <ContainersDialogs />
    </section>
  );
}
