import { useShallow } from 'zustand/react/shallow';
import type { EngineSummary } from '../../../shared/contract/channels/engines.js';
import { useT } from '../../i18n/index.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { wordEngineReason } from '../../ipc/word-error.js';
import { useClient } from '../../lib/client-context.js';
import { notify } from '../../lib/notifications-store.js';
import { useSettingsStore } from '../../lib/settings-store.js';
import { useEnginesStore, useRetryCountdown } from '../engine/index.js';
import { useEngineFilter, viewOf, visibleEngines } from '../engine/index.js';
import { messages } from './messages.js';

function EngineDownBanner({ engine }: { readonly engine: EngineSummary }) {
  const t = useT(messages);
  const client = useClient();
  const { status } = engine;
  const countdown = useRetryCountdown(status.state === 'unreachable' ? status.nextAttemptAt : null);
  const message =
    status.state === 'connecting'
      ? t('bannerConnecting', { name: engine.label })
      : status.state === 'not-responding'
        ? t('bannerNotResponding', { name: engine.label, reason: wordEngineReason(status) })
        : status.state === 'unreachable'
          ? t('bannerUnreachable', { name: engine.label, reason: wordEngineReason(status) })
          : '';
  const tone = status.state === 'connecting' ? 'info' : 'error';
  return (
    <div
      className={`banner banner-${tone}`}
      aria-label={t('bannerLabel', { name: engine.label })}
      role="region"
    >
      <p className="banner-message" role={tone === 'error' ? 'alert' : 'status'}>
        {message}
      </p>
      {countdown !== null && (
        <p className="banner-countdown" aria-live="off">
          {countdown}
        </p>
      )}
      {status.state === 'unreachable' && (
        <button
          type="button"
          className="button"
          aria-label={t('retryEngine', { name: engine.label })}
          onClick={() => {
            client.invoke('engines.retry', { engine: engine.id }).catch((err: unknown) => {
              notify(t('retryFailed', { name: engine.label }), [errorMessage(err)]);
            });
          }}
        >
          {t('retryNow')}
        </button>
      )}
    </div>
  );
}

/**
 * One banner per shown engine that is not connected, naming it and why: its rows stay as last
 * known while the other engines' stay live.
 */
export function EngineBanners() {
  const view = viewOf(useSettingsStore((s) => s.settings?.engines.defaultEngine ?? null));
  const filter = useEngineFilter((s) => s.engine);
  const down = useEnginesStore(
    useShallow((s) => {
      const shown = visibleEngines(view, filter, s.engines) ?? [];
      return (s.engines ?? []).filter((e) => shown.includes(e.id) && e.status.state !== 'connected');
    }),
  );
  return (
    <>
      {down.map((engine) => (
        <EngineDownBanner key={engine.id} engine={engine} />
      ))}
    </>
  );
}
