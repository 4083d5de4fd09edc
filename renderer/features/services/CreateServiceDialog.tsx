import { useEffect, useId, useMemo, useState } from 'react';
import { serviceCreateCommand } from '../../../shared/swarm/service-argv.js';
import type { ServiceForm } from '../../../shared/swarm/service-form.js';
import type { SwarmObjectSummary } from '../../../shared/swarm/swarm-types.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { messages } from './messages.js';
import { errorMessage, isRpcError } from '../../ipc/rpc-error.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { Field } from '../../ui/Field.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { FormActions } from '../../ui/FormActions.js';
import { Modal } from '../../ui/Modal.js';
import {
  draftFromForm,
  draftToForm,
  emptyDraft,
  emptyMount,
  emptyPort,
  type MountDraft,
  type PortDraft,
  type ServiceDraft,
} from './service-draft.js';
import { wordServiceProblem, wordServiceProblems } from './service-problem-words.js';

/** Protocol names are the same in every language (the CLI's words). */
const PROTOCOLS: readonly PortDraft['protocol'][] = ['tcp', 'udp'];

/**
 * Create a service: replicated or global, ports (ingress or host), env, secrets, networks and
 * constraints, with the `docker service create …` line built from the same form the backend gets.
 */
export interface ServiceEdit {
  readonly id: string;
  /** The service's current settings (from its spec). */
  readonly form: ServiceForm;
}

export function CreateServiceDialog({
  onClose,
  edit,
}: {
  readonly onClose: () => void;
  readonly edit?: ServiceEdit;
}) {
  const client = useClient();
  const t = useT(messages);
  const titleId = useId();
  const [draft, setDraft] = useState<ServiceDraft>(() => (edit ? draftFromForm(edit.form) : emptyDraft()));
  const [secrets, setSecrets] = useState<readonly SwarmObjectSummary[]>([]);
  const [configs, setConfigs] = useState<readonly SwarmObjectSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({});
  useEffect(() => {
    client.invoke('secrets.list', {}).then(setSecrets, () => undefined);
    client.invoke('configs.list', {}).then(setConfigs, () => undefined);
  }, [client]);
  const result = useMemo(() => draftToForm(draft, edit?.form), [draft, edit]);
  const shown = wordServiceProblems(submitted ? { ...result.problems, ...serverIssues } : serverIssues);
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]): void => {
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setPort = (index: number, change: Partial<PortDraft>): void => {
    setDraft((d) => ({ ...d, ports: d.ports.map((p, i) => (i === index ? { ...p, ...change } : p)) }));
  };
  const setMount = (index: number, change: Partial<MountDraft>): void => {
    setDraft((d) => ({ ...d, mounts: d.mounts.map((m, i) => (i === index ? { ...m, ...change } : m)) }));
  };
  const toggle = (key: 'secrets' | 'configs', name: string, on: boolean): void => {
    setDraft((d) => ({ ...d, [key]: on ? [...d[key], name] : d[key].filter((n) => n !== name) }));
  };
  const text = (
    key:
      | 'memoryLimit'
      | 'cpuLimit'
      | 'memoryReservation'
      | 'cpuReservation'
      | 'updateParallelism'
      | 'rollbackParallelism'
      | 'spreadOver',
    label: string,
    hint?: string,
  ) => (
    <Field label={label} className="field" error={shown[key]} hint={hint}>
      {(ids) => (
        <input
          id={ids.id}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          value={draft[key]}
          onChange={(e) => {
            set(key, e.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
  const submit = async (): Promise<void> => {
    setSubmitted(true);
    if (!result.form) return;
    setBusy(true);
    setProblem(null);
    try {
      if (edit) await client.invoke('services.update', { id: edit.id, form: result.form, force: false });
      else await client.invoke('services.create', { form: result.form });
      onClose();
    } catch (err) {
      if (isRpcError(err) && err.issues) {
        setServerIssues(Object.fromEntries(err.issues.map((i) => [i.path, i.message])));
      }
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="wide">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <h2 id={titleId}>{edit ? t('editTitle', { name: edit.form.name }) : t('create')}</h2>
        <div className="form-grid">
          <Field label={t('name')} className="field" error={shown['name']}>
            {(ids) => (
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                data-autofocus
                readOnly={edit !== undefined}
                value={draft.name}
                onChange={(e) => {
                  set('name', e.currentTarget.value);
                }}
              />
            )}
          </Field>
          <Field label={t('image')} className="field" error={shown['image']}>
            {(ids) => (
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                value={draft.image}
                onChange={(e) => {
                  set('image', e.currentTarget.value);
                }}
              />
            )}
          </Field>
          <Field label={t('command')} className="field" error={shown['command']} hint={t('commandHint')}>
            {(ids) => (
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                value={draft.command}
                onChange={(e) => {
                  set('command', e.currentTarget.value);
                }}
              />
            )}
          </Field>
          <Field label={t('mode')} className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.mode}
                onChange={(e) => {
                  set('mode', e.currentTarget.value as ServiceDraft['mode']);
                }}
              >
                <option value="replicated">{t('modeReplicated')}</option>
                <option value="global">{t('modeGlobal')}</option>
              </select>
            )}
          </Field>
          {draft.mode === 'replicated' && (
            <Field label={t('replicas')} className="field" error={shown['replicas']}>
              {(ids) => (
                <input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  aria-invalid={ids.invalid}
                  inputMode="numeric"
                  value={draft.replicas}
                  onChange={(e) => {
                    set('replicas', e.currentTarget.value);
                  }}
                />
              )}
            </Field>
          )}
        </div>
        <fieldset>
          <legend>{t('publishedPorts')}</legend>
          {draft.ports.map((port, i) => (
            <div className="port-row" key={i}>
              <input
                aria-label={t('portTarget', { n: i + 1 })}
                aria-invalid={shown[`ports.${i}.target`] ? true : undefined}
                placeholder={t('portTargetPlaceholder')}
                value={port.target}
                onChange={(e) => {
                  setPort(i, { target: e.currentTarget.value });
                }}
              />
              <input
                aria-label={t('portPublished', { n: i + 1 })}
                aria-invalid={shown[`ports.${i}.published`] ? true : undefined}
                placeholder={t('portPublishedPlaceholder')}
                value={port.published}
                onChange={(e) => {
                  setPort(i, { published: e.currentTarget.value });
                }}
              />
              <select
                aria-label={t('portProtocol', { n: i + 1 })}
                value={port.protocol}
                onChange={(e) => {
                  setPort(i, { protocol: e.currentTarget.value as PortDraft['protocol'] });
                }}
              >
                {PROTOCOLS.map((protocol) => (
                  <option key={protocol} value={protocol}>
                    {protocol}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('portMode', { n: i + 1 })}
                value={port.mode}
                onChange={(e) => {
                  setPort(i, { mode: e.currentTarget.value as PortDraft['mode'] });
                }}
              >
                <option value="ingress">{t('portModeIngress')}</option>
                <option value="host">{t('portModeHost')}</option>
              </select>
              <button
                type="button"
                className="button ghost"
                aria-label={t('removePort', { n: i + 1 })}
                onClick={() => {
                  setDraft((d) => ({ ...d, ports: d.ports.filter((_, j) => j !== i) }));
                }}
              >
                ×
              </button>
              {(shown[`ports.${i}.target`] ?? shown[`ports.${i}.published`]) && (
                <span className="field-error">
                  {shown[`ports.${i}.target`] ?? shown[`ports.${i}.published`]}
                </span>
              )}
            </div>
          ))}
          {result.problems['ports.hint'] && (
            <p className="muted">{wordServiceProblem(result.problems['ports.hint'])}</p>
          )}
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft((d) => ({ ...d, ports: [...d.ports, emptyPort()] }));
            }}
          >
            {t('addPort')}
          </button>
        </fieldset>
        <div className="form-grid">
          <Field
            label={t('environment')}
            className="field"
            error={Object.entries(shown).find(([k]) => k.startsWith('env.'))?.[1]}
            hint={t('environmentHint')}
          >
            {(ids) => (
              <textarea
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                value={draft.env}
                onChange={(e) => {
                  set('env', e.currentTarget.value);
                }}
              />
            )}
          </Field>
          <Field label={t('networks')} className="field" hint={t('networksHint')}>
            {(ids) => (
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                value={draft.networks}
                onChange={(e) => {
                  set('networks', e.currentTarget.value);
                }}
              />
            )}
          </Field>
          <Field
            label={t('constraints')}
            className="field"
            error={Object.entries(shown).find(([k]) => k.startsWith('constraints.'))?.[1]}
            hint={t('constraintsHint')}
          >
            {(ids) => (
              <textarea
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                value={draft.constraints}
                onChange={(e) => {
                  set('constraints', e.currentTarget.value);
                }}
              />
            )}
          </Field>
        </div>
        <fieldset>
          <legend>{t('mounts')}</legend>
          {draft.mounts.map((mount, i) => (
            <div className="port-row" key={i}>
              <select
                aria-label={t('mountType', { n: i + 1 })}
                value={mount.type}
                onChange={(e) => {
                  setMount(i, { type: e.currentTarget.value as MountDraft['type'] });
                }}
              >
                <option value="volume">{t('mountVolume')}</option>
                <option value="bind">{t('mountBind')}</option>
                <option value="tmpfs">{t('mountTmpfs')}</option>
              </select>
              <input
                aria-label={t('mountSource', { n: i + 1 })}
                aria-invalid={shown[`mounts.${i}.source`] ? true : undefined}
                placeholder={
                  mount.type === 'bind'
                    ? t('mountSourceBind')
                    : mount.type === 'volume'
                      ? t('mountSourceVolume')
                      : ''
                }
                disabled={mount.type === 'tmpfs'}
                value={mount.source}
                onChange={(e) => {
                  setMount(i, { source: e.currentTarget.value });
                }}
              />
              <input
                aria-label={t('mountTarget', { n: i + 1 })}
                aria-invalid={shown[`mounts.${i}.target`] ? true : undefined}
                placeholder={t('mountTargetPlaceholder')}
                value={mount.target}
                onChange={(e) => {
                  setMount(i, { target: e.currentTarget.value });
                }}
              />
              <Checkbox
                showLabel
                label={t('mountReadOnly', { n: i + 1 })}
                checked={mount.readOnly}
                onChange={(readOnly) => {
                  setMount(i, { readOnly });
                }}
              />
              <button
                type="button"
                className="button ghost"
                aria-label={t('removeMount', { n: i + 1 })}
                onClick={() => {
                  setDraft((d) => ({ ...d, mounts: d.mounts.filter((_, j) => j !== i) }));
                }}
              >
                ×
              </button>
              {(shown[`mounts.${i}.source`] ?? shown[`mounts.${i}.target`]) && (
                <span className="field-error">
                  {shown[`mounts.${i}.source`] ?? shown[`mounts.${i}.target`]}
                </span>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft((d) => ({ ...d, mounts: [...d.mounts, emptyMount()] }));
            }}
          >
            {t('addMount')}
          </button>
        </fieldset>
        <div className="form-grid">
          {text('memoryLimit', t('memoryLimit'), t('memoryLimitHint'))}
          {text('cpuLimit', t('cpuLimit'), t('cpuLimitHint'))}
          {text('memoryReservation', t('memoryReservation'), t('memoryReservationHint'))}
          {text('cpuReservation', t('cpuReservation'), t('cpuReservationHint'))}
          {text('spreadOver', t('spreadOver'), t('spreadOverHint'))}
          <Field label={t('restart')} className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.restartCondition}
                onChange={(e) => {
                  set('restartCondition', e.currentTarget.value as ServiceDraft['restartCondition']);
                }}
              >
                <option value="any">{t('restartAny')}</option>
                <option value="on-failure">{t('restartOnFailure')}</option>
                <option value="none">{t('restartNever')}</option>
              </select>
            )}
          </Field>
          {text('updateParallelism', t('updateParallelism'), t('updateParallelismHint'))}
          <Field label={t('updateFailure')} className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.updateFailureAction}
                onChange={(e) => {
                  set('updateFailureAction', e.currentTarget.value as ServiceDraft['updateFailureAction']);
                }}
              >
                <option value="pause">{t('failurePause')}</option>
                <option value="rollback">{t('failureRollback')}</option>
                <option value="continue">{t('failureContinue')}</option>
              </select>
            )}
          </Field>
          <Field label={t('updateOrder')} className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.updateOrder}
                onChange={(e) => {
                  set('updateOrder', e.currentTarget.value as ServiceDraft['updateOrder']);
                }}
              >
                <option value="stop-first">{t('orderStopFirst')}</option>
                <option value="start-first">{t('orderStartFirst')}</option>
              </select>
            )}
          </Field>
          {text('rollbackParallelism', t('rollbackParallelism'), t('rollbackParallelismHint'))}
          <Field label={t('rollbackFailure')} className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.rollbackFailureAction}
                onChange={(e) => {
                  set(
                    'rollbackFailureAction',
                    e.currentTarget.value as ServiceDraft['rollbackFailureAction'],
                  );
                }}
              >
                <option value="pause">{t('failurePause')}</option>
                <option value="continue">{t('failureContinue')}</option>
              </select>
            )}
          </Field>
          <Field label={t('rollbackOrder')} className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.rollbackOrder}
                onChange={(e) => {
                  set('rollbackOrder', e.currentTarget.value as ServiceDraft['rollbackOrder']);
                }}
              >
                <option value="stop-first">{t('orderStopFirst')}</option>
                <option value="start-first">{t('orderStartFirst')}</option>
              </select>
            )}
          </Field>
        </div>
        <fieldset>
          <legend>{t('secretsConfigs')}</legend>
          {secrets.length + configs.length === 0 && <p className="muted">{t('noSecretsConfigs')}</p>}
          {(
            [
              ['secrets', 'secretNamed', secrets],
              ['configs', 'configNamed', configs],
            ] as const
          ).map(([key, labelKey, objects]) =>
            objects.map((o) => (
              <Checkbox
                key={o.id}
                showLabel
                label={t(labelKey, { name: o.name })}
                checked={draft[key].includes(o.name)}
                onChange={(on) => {
                  toggle(key, o.name, on);
                }}
              />
            )),
          )}
        </fieldset>
        <p className="muted">{t('commandLine')}</p>
        <pre className="command-preview" aria-label={t('commandLabel')}>
          {result.form ? serviceCreateCommand(result.form) : t('fixFields')}
        </pre>
        <LoadStatus problem={problem} />
        {edit && <p className="muted">{t('updateNote')}</p>}
        <FormActions onCancel={onClose} busy={busy} submit={edit ? t('updateService') : t('create')} />
      </form>
    </Modal>
  );
}
