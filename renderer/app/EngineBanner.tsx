import { useEffect } from 'react';
import { retryEngine, useEngineStore, useEngineView, useRetryCountdown } from '../features/engine/index.js';
import { EngineBanners } from '../features/engines/index.js';
import { useT } from '../i18n/index.js';
import { wordEngineReason } from '../ipc/word-error.js';
import { useClient } from '../lib/client-context.js';
import { appMessages } from './app-messages.js';

interface BannerProps {
  readonly tone: 'info' | 'error';
  readonly message: string;
  readonly nextAttemptAt: number | null;
  readonly onRetry?: () => void;
}

function Banner({ tone, message, nextAttemptAt, onRetry }: BannerProps) {
  const t = useT(appMessages);
  const countdown = useRetryCountdown(nextAttemptAt);
  return (
    <div className={`banner banner-${tone}`}>
      {/* Only the message is live: a ticking countdown inside it would be re-announced every second. */}
      <p className="banner-message" role={tone === 'error' ? 'alert' : 'status'}>
        {message}
      </p>
      {countdown !== null && (
        <p className="banner-countdown" aria-live="off">
          {countdown}
        </p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retryNow')}
        </button>
      )}
    </div>
  );
}

/** At most one liveness hint per this many ms, however busy the person is. */
const HINT_EVERY_MS = 2_000;

/**
 * The backend checks a quiet engine only when someone asks for something (it never polls). A
 * person coming back to the page or using it is such a moment: the hint is a status read,
 * served from memory, which lets the backend ping the engine if it has been silent.
 */
function useLivenessHints(): void {
  const client = useClient();
  useEffect(() => {
    let last = 0;
    const hint = (): void => {
      if (document.visibilityState !== 'visible' || Date.now() - last < HINT_EVERY_MS) return;
      last = Date.now();
      client.invoke('engine.status', {}).catch(() => undefined);
    };
    const events = ['focus', 'pointerdown', 'keydown'] as const;
    for (const name of events) window.addEventListener(name, hint, { capture: true, passive: true });
    document.addEventListener('visibilitychange', hint);
    return () => {
      for (const name of events) window.removeEventListener(name, hint, { capture: true });
      document.removeEventListener('visibilitychange', hint);
    };
  }, [client]);
}

/**
 * Shown above the (stale) list once we have been connected: first the link to Berth's
 * backend, since while that is down the engine status itself is unknown. With an engine chosen
 * in the sidebar (or all of them), each shown engine has its own banner instead.
 */
export function EngineBanner() {
  const t = useT(appMessages);
  const client = useClient();
  const view = useEngineView();
  const link = useEngineStore((s) => s.link);
  const status = useEngineStore((s) => s.status);
  const everConnected = useEngineStore((s) => s.everConnected);
  useLivenessHints();

  if (link.state === 'lost') {
    return (
      <Banner
        tone="error"
        message={t('linkLost', { reason: link.reason })}
        nextAttemptAt={link.nextAttemptAt}
        onRetry={() => {
          client.reconnectNow();
        }}
      />
    );
  }
  if (link.state === 'connecting' && everConnected) {
    return <Banner tone="info" message={t('linkReconnecting')} nextAttemptAt={null} />;
  }
  if (view.kind !== 'cli') return <EngineBanners />;
  if (!everConnected || !status) return null;
  if (status.state === 'connecting') {
    return (
      <Banner
        tone="info"
        message={
          status.endpoint ? t('engineReconnectingAt', { url: status.endpoint.url }) : t('engineReconnecting')
        }
        nextAttemptAt={null}
      />
    );
  }
  if (status.state === 'not-responding') {
    return (
      <Banner
        tone="error"
        message={t('engineNotResponding', { reason: wordEngineReason(status) })}
        nextAttemptAt={null}
      />
    );
  }
  if (status.state === 'unreachable') {
    return (
      <Banner
        tone="error"
        message={t('engineDisconnected', { reason: wordEngineReason(status) })}
        nextAttemptAt={status.nextAttemptAt}
        onRetry={() => void retryEngine(client)}
      />
    );
  }
  return null;
}
