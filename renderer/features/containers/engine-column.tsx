import { useCallback } from 'react';
import { useT } from '../../i18n/index.js';
import { splitQualified } from '../../lib/engine-routing.js';
import { SafeText } from '../../ui/SafeText.js';
import { engineById, engineCanAct, useEnginesStore, useEngineStore, useEngineView } from '../engine/index.js';
import { containersEngineMessages as messages } from './engine-messages.js';
import './engine-column.css';

/** "All engines" shows whose each row is, and lets the list narrow to one engine. */
export const useShowsEngines = (): boolean => useEngineView().kind === 'all';

/**
 * Whether a row's actions can run: the page's link to the backend is up and the row's own engine
 * answers. A plain id is the CLI's engine (the one the backend's own connection follows).
 */
export const useRowCanAct = (): ((id: string) => boolean) => {
  const linkOpen = useEngineStore((s) => s.link.state === 'open');
  const primaryUp = useEngineStore((s) => s.status?.state === 'connected');
  const engines = useEnginesStore((s) => s.engines);
  return useCallback(
    (id: string) => {
      if (!linkOpen) return false;
      const { engine } = splitQualified(id);
      return engine === undefined ? primaryUp : engineCanAct(engineById(engines, engine));
    },
    [linkOpen, primaryUp, engines],
  );
};

/** In engines mode the list is stale only when the backend link is; each engine's rows say so themselves. */
export const useListStale = (): boolean => {
  const view = useEngineView();
  return useEngineStore(
    (s) =>
      s.everConnected &&
      (s.link.state !== 'open' || (view.kind === 'cli' && s.status?.state !== 'connected')),
  );
};

export function EngineCell({ id }: { readonly id: string }) {
  const t = useT(messages);
  const engineId = splitQualified(id).engine ?? '';
  const engine = useEnginesStore((s) => engineById(s.engines, engineId));
  const live = engineCanAct(engine);
  return (
    <div role="gridcell" className="cell cell-engine" title={engine?.label ?? engineId}>
      <SafeText text={engine?.label ?? engineId} />
      {!live && <span className="stale-note">{t('lastKnown')}</span>}
    </div>
  );
}
