import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { parseRegistryHost } from '../../../shared/images/reference.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Modal } from '../../ui/Modal.js';
import { notify } from '../../lib/notifications-store.js';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';

interface LoginDialogProps {
  /** Prefilled registry host; empty means Docker Hub. */
  readonly registry: string;
  readonly onClose: () => void;
}

/**
 * `docker login` for a registry. The password field is uncontrolled: its value is read once on
 * submit, sent in that one call, and cleared; it is never held in React or store state, and the
 * backend never sends it back. Credentials are stored where the docker CLI would keep them.
 */
export function LoginDialog({ registry, onClose }: LoginDialogProps) {
  const t = useT(messages);
  const client = useClient();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const field = (name: string): string => {
    const value = formRef.current ? new FormData(formRef.current).get(name) : null;
    return typeof value === 'string' ? value : '';
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const host = parseRegistryHost(field('registry'));
    if (!host.ok) {
      setProblem(host.message);
      return;
    }
    const username = field('username').trim();
    const password = field('password');
    const passwordInput = formRef.current?.elements.namedItem('password');
    if (passwordInput instanceof HTMLInputElement) passwordInput.value = '';
    if (!username || !password) {
      setProblem(t('missing'));
      return;
    }
    setBusy(true);
    setProblem(null);
    client.invoke('registry.login', { registry: host.host, username, password }).then(
      (result) => {
        notify(translate(messages, 'loggedIn', { registry: result.registry }), [
          translate(messages, 'storedIn', { place: result.storedIn }),
        ]);
        onClose();
      },
      (err: unknown) => {
        setBusy(false);
        setProblem(errorMessage(err));
      },
    );
  };

  // Closing while the login runs cancels it in the backend: a credential helper asked to
  // store may hang, and must not be left running with its result lost.
  const cancel = (): void => {
    if (busy) client.invoke('registry.cancelLogin', {}).catch(() => undefined);
    onClose();
  };

  const logout = (): void => {
    const host = parseRegistryHost(field('registry'));
    if (!host.ok) {
      setProblem(host.message);
      return;
    }
    client.invoke('registry.logout', { registry: host.host }).then(
      (result) => {
        notify(
          result.removed
            ? translate(messages, 'loggedOut', { registry: result.registry })
            : translate(messages, 'noCredentials', { registry: result.registry }),
        );
        onClose();
      },
      (err: unknown) => {
        setProblem(errorMessage(err));
      },
    );
  };

  return (
    <Modal labelledBy={titleId} onCancel={cancel}>
      <h2 id={titleId}>{t('title')}</h2>
      <form ref={formRef} className="login-form" onSubmit={onSubmit} noValidate>
        <label>
          {t('registry')}
          <input
            name="registry"
            defaultValue={registry}
            placeholder={t('registryExample')}
            spellCheck={false}
            autoComplete="off"
          />
        </label>
        <label>
          {t('username')}
          <input name="username" autoComplete="username" spellCheck={false} data-autofocus />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" />
        </label>
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={logout} disabled={busy}>
            {t('logout')}
          </button>
          <button type="button" className="button" onClick={cancel}>
            {t('cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {t('login')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
