import { useId, useState } from 'react';
import type { EngineSummary } from '../../../shared/contract/channels/engines.js';
import { useT } from '../../i18n/index.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';
import { notify } from '../../lib/notifications-store.js';
import { updateSettings, useSettingsStore } from '../../lib/settings-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { SelectField } from '../../ui/SelectField.js';
import { ALL_ENGINES, useEnginesStore } from '../engine/index.js';
import { LazyContextsDialog } from './LazyContextsDialog.js';
import { engineEndpoint, engineKindText, engineStatusText } from './engine-text.js';
import { messages } from './messages.js';
import './engines.css';

/** The select's value for "the engine the docker CLI names" (the setting's null). */
const CLI_CHOICE = '';

function EngineDetails({ engine }: { readonly engine: EngineSummary }) {
  const t = useT(messages);
  const identity = engine.capabilities?.identity;
  const endpoint = engineEndpoint(engine);
  return (
    <details className="engine-details">
      <summary aria-label={t('detailsOf', { name: engine.label })}>{t('details')}</summary>
      <dl className="facts">
        <dt>{t('kind')}</dt>
        <dd>{engineKindText(t, engine)}</dd>
        {identity && (
          <>
            <dt>{t('version')}</dt>
            <dd>{identity.version}</dd>
            <dt>{t('apiVersion')}</dt>
            <dd>
              {t('apiVersions', { negotiated: identity.negotiatedApiVersion, max: identity.apiVersion })}
            </dd>
          </>
        )}
        {endpoint && (
          <>
            <dt>{t('endpoint')}</dt>
            <dd>
              <code>
                <SafeText text={endpoint} />
              </code>
            </dd>
          </>
        )}
      </dl>
    </details>
  );
}

function EngineItem({ engine }: { readonly engine: EngineSummary }) {
  const t = useT(messages);
  const client = useClient();
  const status = engineStatusText(t, engine);
  const identity = engine.capabilities?.identity;
  // Until the engine's capabilities are known, its connection's own version reading is shown.
  const connectedVersion = engine.status.state === 'connected' ? engine.status.version : null;
  const summary = identity
    ? t('hoverSummary', {
        kind: engineKindText(t, engine),
        version: identity.version,
        api: identity.negotiatedApiVersion,
      })
    : engineKindText(t, engine);
  const down = engine.status.state === 'unreachable';
  return (
    <li className="engine-item" aria-label={engine.label} title={summary}>
      <div className="engine-line">
        <span className={`dot engine-${engine.status.state}`} aria-hidden="true" />
        <span className="engine-label">
          <SafeText text={engine.label} />
        </span>
        {engine.current && <span className="muted engine-current">{t('cliCurrent')}</span>}
      </div>
      <p className={down ? 'engine-status engine-status-error' : 'engine-status muted'}>{status}</p>
      {identity ? (
        <p className="engine-kind muted">
          {engineKindText(t, engine)} {identity.version}
        </p>
      ) : (
        connectedVersion && (
          <p className="engine-kind muted">
            {t('versionApi', { version: connectedVersion.engine, api: connectedVersion.api })}
          </p>
        )
      )}
      <EngineDetails engine={engine} />
      {down && (
        <button
          type="button"
          className="button small"
          aria-label={t('retryEngine', { name: engine.label })}
          onClick={() => {
            client.invoke('engines.retry', { engine: engine.id }).catch((err: unknown) => {
              notify(t('retryFailed', { name: engine.label }), [errorMessage(err)]);
            });
          }}
        >
          {t('retry')}
        </button>
      )}
    </li>
  );
}

/** The sidebar's engines: which one the lists show, each engine's live state, and the contexts dialog. */
export function EnginePanel() {
  const t = useT(messages);
  const client = useClient();
  const headingId = useId();
  const engines = useEnginesStore((s) => s.engines);
  const cliContext = useEnginesStore((s) => (s.contexts ? s.contexts.current || 'default' : null));
  const choice = useSettingsStore((s) => s.settings?.engines.defaultEngine ?? null);
  const [dialog, setDialog] = useState(false);
  if (!engines) return null;
  const cli = engines.find((e) => e.current);
  const options = [
    { value: CLI_CHOICE, label: cli ? t('choiceCli', { name: cli.label }) : t('choiceCliUnknown') },
    { value: ALL_ENGINES, label: t('choiceAll') },
    ...engines.map((e) => ({ value: e.id, label: e.label })),
  ];
  const value = choice === null ? CLI_CHOICE : options.some((o) => o.value === choice) ? choice : CLI_CHOICE;
  return (
    <section className="engine-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="engine-panel-title">
        {t('engines')}
      </h2>
      <SelectField
        label={t('show')}
        value={value}
        options={options}
        onChange={(next) => {
          updateSettings(client, {
            section: 'engines',
            values: { defaultEngine: next === CLI_CHOICE ? null : next },
          }).catch((err: unknown) => {
            notify(t('saveChoiceFailed'), [errorMessage(err)]);
          });
        }}
      />
      {cliContext !== null && (
        <p className="muted engine-cli-context">
          {t('cliContext')} <SafeText text={cliContext} />
        </p>
      )}
      <ul className="engine-list" aria-label={t('engines')}>
        {engines.map((engine) => (
          <EngineItem key={engine.id} engine={engine} />
        ))}
      </ul>
      <button
        type="button"
        className="button small"
        onClick={() => {
          setDialog(true);
        }}
      >
        {t('manageContexts')}
      </button>
      {dialog && (
        <LazyContextsDialog
          onClose={() => {
            setDialog(false);
          }}
        />
      )}
    </section>
  );
}
