import { useId, useState } from 'react';
import type { CliContext } from '../../../shared/contract/channels/engines.js';
import { useT } from '../../i18n/index.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';

import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Modal } from '../../ui/Modal.js';
import { SafeText } from '../../ui/SafeText.js';
import { applyContexts, useEnginesStore } from '../engine/index.js';
import { ContextFormView } from './ContextFormView.js';
import { messages } from './messages.js';

type Editing = { readonly kind: 'create' } | { readonly kind: 'edit'; readonly context: CliContext } | null;

/**
 * The docker CLI's contexts, read from and written to its own store: what is created here is what
 * `docker context ls` lists, and "Use" is `docker context use`.
 */
export function ContextsDialog({ onClose }: { readonly onClose: () => void }) {
  const t = useT(messages);
  const client = useClient();
  const titleId = useId();
  const snapshot = useEnginesStore((s) => s.contexts);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<CliContext | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const current = snapshot?.current || 'default';

  const run = async (
    work: () => Promise<Parameters<typeof applyContexts>[0]>,
    what: string,
  ): Promise<void> => {
    setFailure(null);
    setBusy(true);
    try {
      applyContexts(await work());
    } catch (err) {
      setFailure(t('actionFailed', { what, reason: errorMessage(err) }));
    } finally {
      setBusy(false);
    }
  };

  const use = (name: string): Promise<void> =>
    run(() => client.invoke('contexts.use', { name }), t('useWhat', { name }));

  if (editing) {
    return (
      <ContextFormView
        editing={editing.kind === 'edit' ? editing.context : null}
        onDone={(next) => {
          applyContexts(next);
          setEditing(null);
        }}
        onCancel={() => {
          setEditing(null);
        }}
      />
    );
  }

  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="wide">
      <h2 id={titleId}>{t('contextsTitle')}</h2>
      <p className="muted">{t('contextsIntro', { dir: snapshot?.configDir ?? '~/.docker' })}</p>
      {snapshot?.currentError && (
        <p className="field-error" role="alert">
          {snapshot.currentError}
        </p>
      )}
      <table className="table contexts-table" aria-label={t('contextsTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colEndpoint')}</th>
            <th scope="col">{t('colTls')}</th>
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          <tr aria-label={t('defaultRow')}>
            <td>
              {t('defaultContext')} {current === 'default' && <span className="badge">{t('current')}</span>}
            </td>
            <td className="muted">{t('defaultEndpoint')}</td>
            <td />
            <td>
              <button
                type="button"
                className="button small"
                aria-label={t('useContext', { name: 'default' })}
                disabled={busy || current === 'default'}
                onClick={() => void use('default')}
              >
                {t('use')}
              </button>
            </td>
          </tr>
          {(snapshot?.contexts ?? []).map((context) => (
            <tr key={context.name} aria-label={context.name}>
              <td>
                <SafeText text={context.name} />{' '}
                {current === context.name && <span className="badge">{t('current')}</span>}
                {context.description && (
                  <span className="muted context-description">
                    <SafeText text={context.description} />
                  </span>
                )}
                {context.error && <span className="field-error">{context.error}</span>}
              </td>
              <td>
                <code>
                  <SafeText text={context.host} />
                </code>
              </td>
              <td>
                {context.tls.on ? (context.skipTlsVerify ? t('tlsNoVerify') : t('tlsVerify')) : t('tlsOff')}
              </td>
              <td className="context-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={t('useContext', { name: context.name })}
                  disabled={busy || current === context.name || context.error !== undefined}
                  onClick={() => void use(context.name)}
                >
                  {t('use')}
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={t('editContext', { name: context.name })}
                  disabled={busy}
                  onClick={() => {
                    setEditing({ kind: 'edit', context });
                  }}
                >
                  {t('edit')}
                </button>
                <button
                  type="button"
                  className="button small danger"
                  aria-label={t('removeContext', { name: context.name })}
                  disabled={busy}
                  onClick={() => {
                    setRemoving(context);
                  }}
                >
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setEditing({ kind: 'create' });
          }}
        >
          {t('createContext')}
        </button>
      </div>
      {removing && (
        <RemoveContext
          context={removing}
          isCurrent={current === removing.name}
          onCancel={() => {
            setRemoving(null);
          }}
          onConfirm={(force) => {
            const name = removing.name;
            setRemoving(null);
            void run(() => client.invoke('contexts.remove', { name, force }), t('removeWhat', { name }));
          }}
        />
      )}
    </Modal>
  );
}

function RemoveContext({
  context,
  isCurrent,
  onCancel,
  onConfirm,
}: {
  readonly context: CliContext;
  readonly isCurrent: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: (force: boolean) => void;
}) {
  const t = useT(messages);
  const [force, setForce] = useState(false);
  return (
    <ConfirmDialog
      title={t('removeTitle', { name: context.name })}
      description={t('removeQuestion')}
      options={isCurrent ? [{ label: t('removeCurrent'), checked: force, onChange: setForce }] : []}
      confirm={t('remove')}
      confirmDisabled={isCurrent && !force}
      tone="danger"
      onCancel={onCancel}
      onConfirm={() => {
        onConfirm(force);
      }}
    />
  );
}
