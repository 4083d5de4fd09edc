import { useId, useMemo, useState } from 'react';
import type { ServiceSummary } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
import { retryingImport } from '../../lib/chunk-import.js';
import { chunkLoader } from '../../lib/use-chunk.js';
import { isManager, useSwarmStore } from '../swarm-state/index.js';
import { StacksPanel } from './StacksPanel.js';
import { ServiceList } from './ServiceList.js';
import { rowWordsOf } from './ServiceRow.js';
import './services.css';
import '../../ui/kit.css';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { RetryableLazy } from '../../ui/RetryableLazy.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

// The detail (its log console carries xterm.js, ~370 KB) and the create form load when first
// opened: a reload on #/services compiled them all before its first row.
const detailChunk = chunkLoader(
  retryingImport(() => import('./ServiceDetail.js').then((m) => m.ServiceDetail)),
);
const createChunk = chunkLoader(
  retryingImport(() => import('./CreateServiceDialog.js').then((m) => m.CreateServiceDialog)),
);

const byName = (a: ServiceSummary, b: ServiceSummary): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Swarm services, live from engine events: replicas, ports, update state; create, scale, update, roll back. */
export function ServicesView() {
  const headingId = useId();
  const t = useT(messages);
  const client = useClient();
  const manager = useSwarmStore(isManager);
  const known = useSwarmStore((s) => s.state !== null || s.listed);
  const services = useSwarmStore((s) => s.services);
  const problemFromStore = useSwarmStore((s) => s.problem);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const open = openId ? services.get(openId) : undefined;
  const words = useMemo(() => rowWordsOf(t), [t]);
  const list = useMemo(() => [...services.values()].sort(byName), [services]);
  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
      </header>
      {known && !manager && <p className="muted">{t('notManager')}</p>}
      <LoadStatus problem={problem ?? problemFromStore} />
      {manager && open && (
        <RetryableLazy
          key={open.id}
          loader={detailChunk}
          props={{
            service: open,
            onClose: () => {
              setOpenId(null);
            },
          }}
          what={t('serviceHeading', { name: open.name })}
          fallback={<p role="status">{t('loading')}</p>}
        />
      )}
      {manager && !open && (
        <>
          <div className="toolbar">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                setCreating(true);
              }}
            >
              {t('create')}
            </button>
          </div>
          <ServiceList
            list={list}
            client={client}
            words={words}
            label={t('title')}
            columns={[
              t('colName'),
              t('colMode'),
              t('colReplicas'),
              t('colImage'),
              t('colPorts'),
              t('colUpdate'),
              t('colActions'),
            ]}
            empty={t('noServices')}
            onOpen={setOpenId}
            onProblem={setProblem}
          />
          <StacksPanel />
        </>
      )}
      {creating && (
        <RetryableLazy
          loader={createChunk}
          props={{
            onClose: () => {
              setCreating(false);
            },
          }}
          what={t('create')}
          fallback={<p role="status">{t('loading')}</p>}
        />
      )}
    </section>
  );
}
