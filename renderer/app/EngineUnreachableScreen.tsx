import { useId, useState } from 'react';
import {
  applyContexts,
  endpointSourceText,
  retryEngine,
  type UnreachableStatus,
  useEnginesStore,
  useRetryCountdown,
} from '../features/engine/index.js';
import { ContextsDialog } from '../features/engines/index.js';
import { useT } from '../i18n/index.js';
import { errorMessage } from '../ipc/rpc-error.js';
import { wordEngineReason } from '../ipc/word-error.js';
import { useClient } from '../lib/client-context.js';
import { SelectField } from '../ui/SelectField.js';
import { softDisabled } from '../ui/soft-disabled.js';
import { appMessages } from './app-messages.js';
import { detectPlatform, OS_NAMES, STEPS } from './platform-steps.js';

interface EngineUnreachableScreenProps {
  readonly failure: UnreachableStatus;
  /** A retry is in progress right now. */
  readonly connecting: boolean;
}

/** `docker context use` from here: Berth and the CLI both move to a context that may answer. */
function ContextPicker() {
  const t = useT(appMessages);
  const client = useClient();
  const snapshot = useEnginesStore((s) => s.contexts);
  const [chosen, setChosen] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [dialog, setDialog] = useState(false);
  const headingId = useId();
  const names = ['default', ...(snapshot?.contexts ?? []).filter((c) => !c.error).map((c) => c.name)];
  const value = chosen ?? (snapshot?.current || 'default');
  return (
    <section className="unreachable-contexts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('pickContext')}</h2>
      <p className="muted">{t('pickContextHint')}</p>
      <SelectField
        className="form-field"
        label={t('contextLabel')}
        value={value}
        options={names.map((name) => ({ value: name, label: name }))}
        onChange={setChosen}
      />
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setDialog(true);
          }}
        >
          {t('manageContexts')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setFailure(null);
            client.invoke('contexts.use', { name: value }).then(applyContexts, (err: unknown) => {
              setFailure(t('useFailed', { name: value, reason: errorMessage(err) }));
            });
          }}
        >
          {t('useContext')}
        </button>
      </div>
      {dialog && (
        <ContextsDialog
          onClose={() => {
            setDialog(false);
          }}
        />
      )}
    </section>
  );
}

/** Before the first connection there is nothing to show but why, where, how to get an engine, and a retry. */
export function EngineUnreachableScreen({ failure, connecting }: EngineUnreachableScreenProps) {
  const t = useT(appMessages);
  const client = useClient();
  const headingId = useId();
  const countdown = useRetryCountdown(connecting ? null : failure.nextAttemptAt);
  const { endpoint } = failure;
  const platform = detectPlatform(navigator);
  return (
    <main className="unreachable" aria-labelledby={headingId}>
      <div className="unreachable-card">
        <h1 id={headingId}>{t('unreachableTitle')}</h1>
        <dl className="facts">
          <dt>{t('endpoint')}</dt>
          <dd>{endpoint ? <code>{endpoint.url}</code> : t('endpointUnknown')}</dd>
          {endpoint && (
            <>
              <dt>{t('from')}</dt>
              <dd>{endpointSourceText(endpoint)}</dd>
            </>
          )}
          <dt>{t('reason')}</dt>
          <dd role="alert">{wordEngineReason(failure)}</dd>
        </dl>
        <p className="unreachable-next" aria-live="off">
          {connecting ? t('tryingToConnect') : countdown}
        </p>
        <button
          type="button"
          className="button primary"
          {...softDisabled(connecting, () => void retryEngine(client))}
        >
          {t('retryNow')}
        </button>
        <section className="hints" aria-label={t('nextSteps', { os: t(OS_NAMES[platform]) })}>
          <h2>{t('nextSteps', { os: t(OS_NAMES[platform]) })}</h2>
          <ul>
            {STEPS[platform].map((step) => (
              <li key={step}>{t(step)}</li>
            ))}
          </ul>
        </section>
        <ContextPicker />
        <details className="hints">
          <summary>{t('whatToCheck')}</summary>
          <ul>
            <li>{t('checkRunning')}</li>
            <li>{t('checkCli')}</li>
            <li>{t('checkEnv')}</li>
            <li>{t('checkSocket')}</li>
          </ul>
        </details>
      </div>
    </main>
  );
}
