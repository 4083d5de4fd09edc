import { useEffect, useId, useState } from 'react';
import { useClient } from '../../lib/client-context.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { PruneDialog } from '../prune/index.js';
import { DiskUsageView } from './DiskUsageView.js';
import { EngineFacts } from './EngineFacts.js';
import { EventsLog } from './EventsLog.js';
import { followSystem, refreshSystem, useSystemStore } from './system-store.js';
import '../../ui/kit.css';
import './system.css';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

export function SystemView() {
  const client = useClient();
  const headingId = useId();
  const t = useT(messages);
  const info = useSystemStore((s) => s.info);
  const disk = useSystemStore((s) => s.disk);
  const problem = useSystemStore((s) => s.problem);
  const loadingDisk = useSystemStore((s) => s.loadingDisk);
  const [pruning, setPruning] = useState(false);

  useEffect(() => followSystem(client), [client]);

  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
        <button
          type="button"
          className="button"
          disabled={loadingDisk}
          onClick={() => void refreshSystem(client)}
        >
          {t('refresh')}
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => {
            setPruning(true);
          }}
        >
          {t('prune')}
        </button>
      </header>
      <LoadStatus problem={problem} loading={!info} loadingText={t('loadingFacts')} />
      <div className="system-grid">
        {info && <EngineFacts info={info} />}
        {disk && <DiskUsageView summary={disk} />}
        {info && !disk && loadingDisk && <p className="muted">{t('loadingDisk')}</p>}
      </div>
      <EventsLog />
      {pruning && (
        <PruneDialog
          onClose={() => {
            setPruning(false);
          }}
        />
      )}
    </section>
  );
}
