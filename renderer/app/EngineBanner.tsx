import { useEffect } from 'react';
import { retryEngine, useEngineStore, useRetryCountdown } from '../features/engine/index.js';
import { useClient } from '../lib/client-context.js';

interface BannerProps {
  readonly tone: 'info' | 'error';
  readonly message: string;
  readonly nextAttemptAt: number | null;
  readonly onRetry?: () => void;
}

function Banner({ tone, message, nextAttemptAt, onRetry }: BannerProps) {
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
          Retry now
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
 * backend, since while that is down the engine status itself is unknown.
 */
export function EngineBanner() {
  const client = useClient();
  const link = useEngineStore((s) => s.link);
  const status = useEngineStore((s) => s.status);
  const everConnected = useEngineStore((s) => s.everConnected);
  useLivenessHints();

  if (link.state === 'lost') {
    return (
      <Banner
        tone="error"
        message={`${link.reason} The list below may be out of date.`}
        nextAttemptAt={link.nextAttemptAt}
        onRetry={() => {
          client.reconnectNow();
        }}
      />
    );
  }
  if (link.state === 'connecting' && everConnected) {
    return <Banner tone="info" message="Reconnecting to the Berth backend…" nextAttemptAt={null} />;
  }
  if (!everConnected || !status) return null;
  if (status.state === 'connecting') {
    const where = status.endpoint ? ` at ${status.endpoint.url}` : '';
    return (
      <Banner
        tone="info"
        message={`Reconnecting to the Docker engine${where}… The list below may be out of date.`}
        nextAttemptAt={null}
      />
    );
  }
  if (status.state === 'not-responding') {
    return (
      <Banner
        tone="error"
        message={`Engine not responding. ${status.reason} The list below shows the last known state; Berth carries on as soon as the engine answers.`}
        nextAttemptAt={null}
      />
    );
  }
  if (status.state === 'unreachable') {
    return (
      <Banner
        tone="error"
        message={`Disconnected from the Docker engine. ${status.reason} The list below may be out of date.`}
        nextAttemptAt={status.nextAttemptAt}
        onRetry={() => void retryEngine(client)}
      />
    );
  }
  return null;
}
