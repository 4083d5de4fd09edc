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
import { FormActions } from '../../ui/FormActions.js';

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
  const titleId = useId();
  const driverId = useId();
  const [form, setForm] = useState<NetworkForm>(EMPTY_NETWORK_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set =
    <K extends keyof NetworkForm>(key: K) =>
    (value: NetworkForm[K]): void => {
      setForm((f) => ({ ...f, [key]: value }));
    };

  const submit = async (): Promise<void> => {
    setFailure(null);
    const result = formToRequest(form, existing);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure('The network was not created: fix the marked fields.');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await client.invoke('networks.create', result.request);
      void refreshNetworks(client);
      onClose();
    } catch (err) {
      if (isRpcError(err, 'VALIDATION') && err.issues) setErrors(fieldErrorsFrom(err.issues));
      setFailure(`The engine did not create the network: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const macvlanLike = form.driver !== 'bridge';

  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="wide">
      <h2 id={titleId}>Create network</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          className="form-field"
          label="Name"
          value={form.name}
          error={errors.name}
          onChange={set('name')}
          autoFocus
        />
        <div className="form-field">
          <label htmlFor={driverId}>Driver</label>
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
              Set the host interface with the driver option <code>parent=eth0</code>; without it the engine
              uses a dummy interface.
            </span>
          )}
        </div>
        <fieldset className="form-group">
          <legend>IPv4</legend>
          <TextField
            className="form-field"
            label="Subnet"
            placeholder="10.123.0.0/24"
            value={form.subnet}
            error={errors.subnet}
            onChange={set('subnet')}
          />
          <TextField
            className="form-field"
            label="IP range"
            placeholder="10.123.0.128/25"
            value={form.ipRange}
            error={errors.ipRange}
            onChange={set('ipRange')}
          />
          <TextField
            className="form-field"
            label="Gateway"
            placeholder="10.123.0.1"
            value={form.gateway}
            error={errors.gateway}
            onChange={set('gateway')}
          />
        </fieldset>
        <fieldset className="form-group">
          <legend>IPv6</legend>
          <Checkbox
            showLabel
            label="Enable IPv6"
            checked={form.ipv6}
            onChange={(checked) => {
              set('ipv6')(checked);
            }}
          />
          {form.ipv6 && (
            <>
              <TextField
                className="form-field"
                label="IPv6 subnet"
                placeholder="fd00:123::/64"
                value={form.ipv6Subnet}
                error={errors.ipv6Subnet}
                onChange={set('ipv6Subnet')}
              />
              <TextField
                className="form-field"
                label="IPv6 gateway"
                value={form.ipv6Gateway}
                error={errors.ipv6Gateway}
                onChange={set('ipv6Gateway')}
              />
            </>
          )}
        </fieldset>
        <Checkbox
          showLabel
          label="Internal (no outside access)"
          checked={form.internal}
          onChange={(checked) => {
            set('internal')(checked);
          }}
        />
        <Checkbox
          showLabel
          label="Attachable"
          checked={form.attachable}
          onChange={(checked) => {
            set('attachable')(checked);
          }}
        />
        {form.driver === 'overlay' && (
          <Checkbox
            showLabel
            label="Encrypted (IPsec between nodes)"
            checked={form.encrypted}
            onChange={(checked) => {
              set('encrypted')(checked);
            }}
          />
        )}
        <TextField
          className="form-field"
          label="Labels"
          hint="One key=value per line."
          rows={2}
          value={form.labels}
          error={errors.labels}
          onChange={set('labels')}
        />
        <TextField
          className="form-field"
          label="Driver options"
          hint="One key=value per line."
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
        <FormActions onCancel={onClose} busy={busy} submit="Create" />
      </form>
    </Modal>
  );
}
