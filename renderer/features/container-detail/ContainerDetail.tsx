import { useEffect, useId, useState } from 'react';
import { useClient } from '../../lib/client-context.js';
import { TabList, TabPanel } from '../../ui/Tabs.js';
import { HealthView } from '../alerts/index.js';
import { ContainerFilesView } from '../container-files/index.js';
import { useContainersStore } from '../containers/index.js';
import { InspectView } from '../inspect/index.js';
import { LogsView } from '../logs/index.js';
import { ProcessesView } from '../processes/index.js';
import { copyAsDockerRun, openRunDialog } from '../run/index.js';
import { StatsView } from '../stats/index.js';
import { TerminalView } from '../terminal/index.js';
import { closeContainer, DETAIL_TABS, setDetailTab, useDetailStore, type DetailTab } from './detail-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { copyAsKubeYaml } from '../services/index.js';
import { ContainerToolsActions } from '../container-tools/index.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** One container: logs, a shell, stats, its inspect document and processes, as tabs. */
export function ContainerDetail({ id }: { readonly id: string }) {
  const client = useClient();
  const t = useT(messages);
  const container = useContainersStore((s) => s.byId.get(id));
  const tab = useDetailStore((s) => s.tab);
  const logsSince = useDetailStore((s) => s.logsSince ?? '');
  const prefix = useId();
  const headingId = useId();
  // Tabs are mounted on first visit and kept (hidden) after, so a shell survives a tab switch.
  const [visited, setVisited] = useState<ReadonlySet<DetailTab>>(() => new Set([tab]));
  if (!visited.has(tab)) setVisited(new Set([...visited, tab]));

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && event.target === document.body) closeContainer();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  // Once removed, the container leaves the list: its views keep the name they last knew.
  const liveName = container?.name;
  const [known, setKnown] = useState<{ readonly id: string; readonly name: string | undefined }>({
    id,
    name: liveName,
  });
  if (liveName !== undefined && (known.id !== id || known.name !== liveName))
    setKnown({ id, name: liveName });
  const name = liveName ?? (known.id === id ? known.name : undefined) ?? id.slice(0, 12);
  const running = container?.state === 'running';
  return (
    <section className="detail" aria-labelledby={headingId}>
      <header className="detail-header">
        <button type="button" className="button ghost" onClick={closeContainer}>
          {t('back')}
        </button>
        <h1 id={headingId} className="detail-title">
          <SafeText text={name} />
        </h1>
        {container ? (
          <span className="detail-state">
            <span className={`dot state-${container.state}`} aria-hidden="true" />
            {t(`state_${container.state}`)} ·{' '}
            <span className="muted">
              <SafeText text={container.image} />
            </span>
          </span>
        ) : (
          <span role="status" className="stale-note">
            {t('removed')}
          </span>
        )}
        {container && (
          <span className="detail-run-actions" role="group" aria-label={t('settings')}>
            <button
              type="button"
              className="button"
              onClick={() => {
                openRunDialog({ mode: 'edit', container: id });
              }}
            >
              {t('edit')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                openRunDialog({ mode: 'clone', container: id });
              }}
            >
              {t('clone')}
            </button>
            <button type="button" className="button" onClick={() => void copyAsDockerRun(client, id)}>
              {t('copyRun')}
            </button>
            <button type="button" className="button" onClick={() => void copyAsKubeYaml(client, [id], name)}>
              {t('copyKube')}
            </button>
          </span>
        )}
        {container && <ContainerToolsActions id={id} name={name} image={container.image} />}
      </header>
      <TabList
        label={t('tabs')}
        tabs={DETAIL_TABS.map((tabId) => ({ id: tabId, label: t(`tab_${tabId}`) }))}
        selected={tab}
        onSelect={setDetailTab}
        idPrefix={prefix}
      />
      {DETAIL_TABS.map((p) => (
        <TabPanel key={p} idPrefix={prefix} id={p} selected={p === tab}>
          {visited.has(p) && (
            <>
              {p === 'logs' && <LogsView key={logsSince} id={id} name={name} initialSince={logsSince} />}
              {p === 'terminal' && <TerminalView id={id} running={running} />}
              {p === 'stats' && <StatsView id={id} running={running} visible={tab === 'stats'} />}
              {p === 'inspect' && <InspectView id={id} state={container?.state} />}
              {p === 'processes' && (
                <ProcessesView id={id} running={running} selected={tab === 'processes'} />
              )}
              {p === 'files' && <ContainerFilesView id={id} name={name} />}
              {p === 'health' && <HealthView id={id} container={container} selected={tab === 'health'} />}
            </>
          )}
        </TabPanel>
      ))}
    </section>
  );
}
