import { useId, useMemo, useState } from 'react';
import type { ConnectRequest, NetworkSummary } from '../../../shared/contract/networks.js';
import { staticIpProblem } from '../../../shared/networks/network-validation.js';
import { useClient } from '../../lib/client-context.js';
import { compareNames } from '../../lib/collate.js';
import { errorMessage, isRpcError } from '../../ipc/rpc-error.js';
import { Modal } from '../../ui/Modal.js';
import { useContainersStore } from '../containers/index.js';
import { TextField } from '../../ui/TextField.js';
import { refreshNetworks } from './networks-store.js';
import { FormActions } from '../../ui/FormActions.js';
import { SafeText } from '../../ui/SafeText.js';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { wordNetworkErrors } from './problem-words.js';

type Errors = Partial<Record<'container' | 'alias' | 'ipv4' | 'ipv6', string>>;

const ALIAS = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;

/** Connects a container, with an optional alias and static addresses checked against the subnets. */
export function ConnectDialog({
  network,
  onClose,
}: {
  readonly network: NetworkSummary;
  readonly onClose: () => void;
}) {
  const client = useClient();
  const t = useT(messages);
  const titleId = useId();
  const selectId = useId();
  const byId = useContainersStore((s) => s.byId);
  const candidates = useMemo(() => {
    const attached = new Set(network.containers.map((c) => c.id));
    return [...byId.values()].filter((c) => !attached.has(c.id)).sort((a, b) => compareNames(a.name, b.name));
  }, [byId, network]);
  const [container, setContainer] = useState('');
  const [alias, setAlias] = useState('');
  const [ipv4, setIpv4] = useState('');
  const [ipv6, setIpv6] = useState('');
  const [rawErrors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const subnets = network.subnets.map((s) => s.subnet);

  // Worded when shown, so a language switch rewords marks already on the form.
  const errors = wordNetworkErrors(rawErrors);

  const submit = async (): Promise<void> => {
    const next: Errors = {};
    if (!container) next.container = translate(messages, 'chooseContainer');
    if (alias.trim() && !ALIAS.test(alias.trim())) next.alias = translate(messages, 'aliasHint');
    const v4 = ipv4.trim() ? staticIpProblem(ipv4.trim(), subnets, 4) : null;
    if (v4) next.ipv4 = v4;
    const v6 = ipv6.trim() ? staticIpProblem(ipv6.trim(), subnets, 6) : null;
    if (v6) next.ipv6 = v6;
    setErrors(next);
    if (Object.keys(next).length > 0) {
      setFailure(translate(messages, 'fixConnect'));
      return;
    }
    const request: ConnectRequest = {
      network: network.id,
      container,
      ...(alias.trim() && { alias: alias.trim() }),
      ...(ipv4.trim() && { ipv4: ipv4.trim() }),
      ...(ipv6.trim() && { ipv6: ipv6.trim() }),
    };
    setBusy(true);
    setFailure(null);
    try {
      await client.invoke('networks.connect', request);
      void refreshNetworks(client);
      onClose();
    } catch (err) {
      if (isRpcError(err, 'VALIDATION') && err.issues) {
        const fromBackend: Errors = {};
        for (const issue of err.issues) {
          if (issue.path === 'ipv4' || issue.path === 'ipv6' || issue.path === 'alias') {
            fromBackend[issue.path] = issue.message;
          }
        }
        setErrors(fromBackend);
      }
      setFailure(translate(messages, 'connectFailed', { reason: errorMessage(err) }));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId}>
        <SafeText text={t('connectTo', { name: network.name })} />
      </h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="form-field">
          <label htmlFor={selectId}>{t('container')}</label>
          <select
            id={selectId}
            data-autofocus
            value={container}
            aria-invalid={errors.container ? true : undefined}
            onChange={(event) => {
              setContainer(event.currentTarget.value);
            }}
          >
            <option value="">{t('choose')}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {errors.container && <span className="field-error">{errors.container}</span>}
        </div>
        <TextField
          className="form-field"
          label={t('alias')}
          value={alias}
          error={errors.alias}
          onChange={setAlias}
        />
        <TextField
          className="form-field"
          label={t('ipv4Address')}
          hint={subnets.length > 0 ? t('inSubnets', { subnets: subnets.join(', ') }) : t('noSubnet')}
          value={ipv4}
          error={errors.ipv4}
          onChange={setIpv4}
        />
        {network.ipv6 && (
          <TextField
            className="form-field"
            label={t('ipv6Address')}
            value={ipv6}
            error={errors.ipv6}
            onChange={setIpv6}
          />
        )}
        {failure && (
          <p role="alert" className="form-error">
            {failure}
          </p>
        )}
        <FormActions onCancel={onClose} busy={busy} submit={t('connect')} />
      </form>
    </Modal>
  );
}
