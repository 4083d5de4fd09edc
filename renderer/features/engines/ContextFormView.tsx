import { useId, useState } from 'react';
import type { CliContext, ContextStoreSnapshot } from '../../../shared/contract/channels/engines.js';
import { useT } from '../../i18n/index.js';
import { errorMessage, isRpcError } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { FormActions } from '../../ui/FormActions.js';
import { Modal } from '../../ui/Modal.js';
import { TextField } from '../../ui/TextField.js';
import {
  createRequestOf,
  EMPTY_CONTEXT_FORM,
  fieldErrorsFrom,
  formOf,
  updateRequestOf,
  type ContextForm,
  type FieldErrors,
} from './context-form.js';
import { messages } from './messages.js';

/** PEM files are small; anything bigger is not one (the contract's own limit is 64 KiB). */
const MAX_PEM_FILE = 64 * 1024;

function PemField({
  label,
  fileLabel,
  value,
  error,
  onChange,
}: {
  readonly label: string;
  readonly fileLabel: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (pem: string) => void;
}) {
  const t = useT(messages);
  const [fileError, setFileError] = useState<string | null>(null);
  return (
    <div className="pem-field">
      <TextField
        className="form-field"
        label={label}
        value={value}
        rows={3}
        placeholder={t('pemExample')}
        error={error ?? fileError ?? undefined}
        onChange={onChange}
      />
      <input
        type="file"
        aria-label={fileLabel}
        accept=".pem,.crt,.cer,.key,text/plain"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (!file) return;
          if (file.size > MAX_PEM_FILE) {
            setFileError(t('pemTooLarge'));
            return;
          }
          file.text().then(
            (text) => {
              setFileError(null);
              onChange(text);
            },
            (err: unknown) => {
              setFileError(errorMessage(err));
            },
          );
        }}
      />
    </div>
  );
}

/** Create a context, or edit one: its endpoint (and TLS material) is replaced only when changed. */
export function ContextFormView({
  editing,
  onDone,
  onCancel,
}: {
  readonly editing: CliContext | null;
  readonly onDone: (snapshot: ContextStoreSnapshot) => void;
  readonly onCancel: () => void;
}) {
  const t = useT(messages);
  const client = useClient();
  const titleId = useId();
  const [form, setForm] = useState<ContextForm>(editing ? formOf(editing) : EMPTY_CONTEXT_FORM);
  const [endpointChanged, setEndpointChanged] = useState(editing === null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set =
    <K extends keyof ContextForm>(key: K, endpoint = true) =>
    (value: ContextForm[K]): void => {
      setForm((f) => ({ ...f, [key]: value }));
      if (endpoint) setEndpointChanged(true);
    };

  /** Contract-checked first: a request the backend would refuse is not sent. */
  const send = (): Promise<ContextStoreSnapshot> | FieldErrors => {
    if (editing) {
      const result = updateRequestOf(form, endpointChanged);
      return result.ok ? client.invoke('contexts.update', result.request) : result.errors;
    }
    const result = createRequestOf(form);
    return result.ok ? client.invoke('contexts.create', result.request) : result.errors;
  };

  const submit = async (): Promise<void> => {
    setFailure(null);
    const sent = send();
    if (!(sent instanceof Promise)) {
      setErrors(sent);
      setFailure(t('fixFields'));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onDone(await sent);
    } catch (err) {
      if (isRpcError(err, 'VALIDATION') && err.issues) setErrors(fieldErrorsFrom(err.issues));
      setFailure(t('saveFailed', { reason: errorMessage(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={titleId} onCancel={onCancel} className="wide">
      <h2 id={titleId}>{editing ? t('editTitle', { name: editing.name }) : t('createTitle')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {editing === null && (
          <TextField
            className="form-field"
            label={t('fieldName')}
            value={form.name}
            error={errors.name}
            onChange={set('name', false)}
            autoFocus
          />
        )}
        <TextField
          className="form-field"
          label={t('fieldDescription')}
          value={form.description}
          error={errors.description}
          onChange={set('description', false)}
        />
        <TextField
          className="form-field"
          label={t('fieldHost')}
          placeholder={t('hostExample')}
          hint={t('hostHint')}
          value={form.host}
          error={errors.host}
          onChange={set('host')}
        />
        <fieldset className="form-group">
          <legend>{t('tlsLegend')}</legend>
          <Checkbox showLabel label={t('fieldTls')} checked={form.tls} onChange={set('tls')} />
          {errors.tls && <span className="field-error">{errors.tls}</span>}
          {form.tls && (
            <>
              <Checkbox showLabel label={t('fieldVerify')} checked={form.verify} onChange={set('verify')} />
              {editing?.tls.on && <p className="muted field-hint">{t('tlsReplaceHint')}</p>}
              <PemField
                label={t('fieldCa')}
                fileLabel={t('fileCa')}
                value={form.ca}
                error={errors.ca}
                onChange={set('ca')}
              />
              <PemField
                label={t('fieldCert')}
                fileLabel={t('fileCert')}
                value={form.cert}
                error={errors.cert}
                onChange={set('cert')}
              />
              <PemField
                label={t('fieldKey')}
                fileLabel={t('fileKey')}
                value={form.key}
                error={errors.key}
                onChange={set('key')}
              />
            </>
          )}
        </fieldset>
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        <FormActions onCancel={onCancel} busy={busy} submit={editing ? t('save') : t('create')} />
      </form>
    </Modal>
  );
}
