import { useId, useState } from 'react';
import type { CreatableDriver, NetworkSummary } from '../../../shared/contract/networks.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage, isRpcError } from '../../ipc/rpc-error.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { Modal } from '../../ui/Modal.js';
import { TextField } from '../../ui/TextField.js';
import {
  EMPTY_NETWORK_FORM,
  fieldErrorsFrom,
  formToRequest,
  type FieldErrors,
  type NetworkForm,
} from './network-form.js';
import { refreshNetworks } from './networks-store.js';
import { useTargetEngine } from '../engine/index.js';
import { FormActions } from '../../ui/FormActions.js';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { wordNetworkErrors } from './problem-words.js';

/**
 * Create a network. Every CIDR, gateway and range is checked on submit with the same shared
 * functions the backend uses; errors sit on their fields and nothing is sent until they are fixed.
 */
export function CreateNetworkDialog({
  drivers,
  existing,
  onClose,
}: {
  readonly drivers: readonly CreatableDriver[];
  readonly existing: readonly NetworkSummary[];
  readonly onClose: () => void;
}) {
  const client = useClient();
  const t = useT(messages);
  // One engine shown (chosen, or narrowed by the Engine filter): the network is made there.
  const target = useTargetEngine();
  const titleId = useId();
  const driverId = useId();
  const [form, setForm] = useState<NetworkForm>(EMPTY_NETWORK_FORM);
  const [rawErrors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set =
    <K extends keyof NetworkForm>(key: K) =>
    (value: NetworkForm[K]): void => {
      setForm((f) => ({ ...f, [key]: value }));
    };

  // Worded when shown, so a language switch rewords marks already on the form.
  const errors = wordNetworkErrors(rawErrors);

  const submit = async (): Promise<void> => {
    setFailure(null);
    const result = formToRequest(form, existing);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(translate(messages, 'fixCreate'));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await client.invoke('networks.create', { ...result.request, ...target });
      void refreshNetworks(client);
      onClose();
    } catch (err) {
      if (isRpcError(err, 'VALIDATION') && err.issues) setErrors(fieldErrorsFrom(err.issues));
      setFailure(translate(messages, 'createFailed', { reason: errorMessage(err) }));
    } finally {
      setBusy(false);
    }
  };

  const macvlanLike = form.driver !== 'bridge';

  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="wide">
      <h2 id={titleId}>{t('create')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          className="form-field"
          label={t('colName')}
          value={form.name}
          error={errors.name}
          onChange={set('name')}
          autoFocus
        />
        <div className="form-field">
          <label htmlFor={driverId}>{t('colDriver')}</label>
          <select
            id={driverId}
            value={form.driver}
            onChange={(event) => {
              set('driver')(event.currentTarget.value as CreatableDriver);
            }}
          >
            {(drivers.length > 0 ? drivers : (['bridge'] as const)).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          {macvlanLike && (
            <span className="muted field-hint">
              {t('parentBefore')}
              <code>{t('parentOption')}</code>
              {t('parentAfter')}
            </span>
          )}
        </div>
        <fieldset className="form-group">
          <legend>{t('ipv4')}</legend>
          <TextField
            className="form-field"
            label={t('subnet')}
            placeholder="10.123.0.0/24"
            value={form.subnet}
            error={errors.subnet}
            onChange={set('subnet')}
          />
          <TextField
            className="form-field"
            label={t('ipRange')}
            placeholder="10.123.0.128/25"
            value={form.ipRange}
            error={errors.ipRange}
            onChange={set('ipRange')}
          />
          <TextField
            className="form-field"
            label={t('gateway')}
            placeholder="10.123.0.1"
            value={form.gateway}
            error={errors.gateway}
            onChange={set('gateway')}
          />
        </fieldset>
        <fieldset className="form-group">
          <legend>{t('ipv6')}</legend>
          <Checkbox
            showLabel
            label={t('enableIpv6')}
            checked={form.ipv6}
            onChange={(checked) => {
              set('ipv6')(checked);
            }}
          />
          {form.ipv6 && (
            <>
              <TextField
                className="form-field"
                label={t('ipv6Subnet')}
                placeholder={t('ipv6SubnetPlaceholder')}
                value={form.ipv6Subnet}
                error={errors.ipv6Subnet}
                onChange={set('ipv6Subnet')}
              />
              <TextField
                className="form-field"
                label={t('ipv6Gateway')}
                value={form.ipv6Gateway}
                error={errors.ipv6Gateway}
                onChange={set('ipv6Gateway')}
              />
            </>
          )}
        </fieldset>
        <Checkbox
          showLabel
          label={t('internal')}
          checked={form.internal}
          onChange={(checked) => {
            set('internal')(checked);
          }}
        />
        <Checkbox
          showLabel
          label={t('attachable')}
          checked={form.attachable}
          onChange={(checked) => {
            set('attachable')(checked);
          }}
        />
        {form.driver === 'overlay' && (
          <Checkbox
            showLabel
            label={t('encrypted')}
            checked={form.encrypted}
            onChange={(checked) => {
              set('encrypted')(checked);
            }}
          />
        )}
        <TextField
          className="form-field"
          label={t('labels')}
          hint={t('keyValueHint')}
          rows={2}
          value={form.labels}
          error={errors.labels}
          onChange={set('labels')}
        />
        <TextField
          className="form-field"
          label={t('driverOptions')}
          hint={t('keyValueHint')}
          rows={2}
          value={form.options}
          error={errors.options}
          onChange={set('options')}
        />
        {failure && (
          <p role="alert" className="form-error">
            {failure}
          </p>
        )}
        <FormActions onCancel={onClose} busy={busy} submit={t('createSubmit')} />
      </form>
    </Modal>
  );
}
