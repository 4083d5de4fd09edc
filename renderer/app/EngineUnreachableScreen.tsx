import { useId } from 'react';
import {
  endpointSourceText,
  retryEngine,
  type UnreachableStatus,
  useRetryCountdown,
} from '../features/engine/index.js';
import { softDisabled } from '../ui/soft-disabled.js';
import { useClient } from '../lib/client-context.js';

interface EngineUnreachableScreenProps {
  readonly failure: UnreachableStatus;
  /** A retry is in progress right now. */
  readonly connecting: boolean;
}

/** Before the first connection there is nothing to show but why, where, and a way to retry. */
export function EngineUnreachableScreen({ failure, connecting }: EngineUnreachableScreenProps) {
  const client = useClient();
  const headingId = useId();
  const countdown = useRetryCountdown(connecting ? null : failure.nextAttemptAt);
  const { endpoint } = failure;
  return (
    <main className="unreachable" aria-labelledby={headingId}>
      <div className="unreachable-card">
        <h1 id={headingId}>Docker engine not reachable</h1>
        <dl className="facts">
          <dt>Endpoint</dt>
          <dd>{endpoint ? <code>{endpoint.url}</code> : 'Could not be determined'}</dd>
          {endpoint && (
            <>
              <dt>From</dt>
              <dd>{endpointSourceText(endpoint)}</dd>
            </>
          )}
          <dt>Reason</dt>
          <dd role="alert">{failure.reason}</dd>
        </dl>
        <p className="unreachable-next" aria-live="off">
          {connecting ? 'Trying to connect…' : countdown}
        </p>
        <button
          type="button"
          className="button primary"
          {...softDisabled(connecting, () => void retryEngine(client))}
        >
          Retry now
        </button>
        <details className="hints">
          <summary>What to check</summary>
          <ul>
            <li>Is Docker (or Podman, Colima, Docker Desktop) running?</li>
            <li>
              Does <code>docker version</code> work in a terminal? Berth looks for the engine the same way.
            </li>
            <li>
              Check <code>DOCKER_HOST</code>, <code>DOCKER_CONTEXT</code> and <code>docker context ls</code>.
            </li>
            <li>On Linux, is your user allowed to use the Docker socket?</li>
          </ul>
        </details>
      </div>
    </main>
  );
}
