import { useEffect, useId, useMemo, useState } from 'react';
import { serviceCreateCommand } from '../../../shared/swarm/service-argv.js';
import type { ServiceForm } from '../../../shared/swarm/service-form.js';
import type { SwarmObjectSummary } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
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
  const shown = submitted ? { ...result.problems, ...serverIssues } : { ...serverIssues };
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
    key: 'memoryLimit' | 'cpuLimit' | 'updateParallelism' | 'spreadOver',
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
        <h2 id={titleId}>{edit ? `Edit service ${edit.form.name}` : 'Create service'}</h2>
        <div className="form-grid">
          <Field label="Name" className="field" error={shown['name']}>
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
          <Field label="Image" className="field" error={shown['image']}>
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
          <Field
            label="Command"
            className="field"
            error={shown['command']}
            hint="Arguments after the image; empty: the image's own."
          >
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
          <Field label="Mode" className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.mode}
                onChange={(e) => {
                  set('mode', e.currentTarget.value as ServiceDraft['mode']);
                }}
              >
                <option value="replicated">Replicated</option>
                <option value="global">Global (one task per node)</option>
              </select>
            )}
          </Field>
          {draft.mode === 'replicated' && (
            <Field label="Replicas" className="field" error={shown['replicas']}>
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
          <legend>Published ports</legend>
          {draft.ports.map((port, i) => (
            <div className="port-row" key={i}>
              <input
                aria-label={`Port ${i + 1} container port`}
                aria-invalid={shown[`ports.${i}.target`] ? true : undefined}
                placeholder="container port"
                value={port.target}
                onChange={(e) => {
                  setPort(i, { target: e.currentTarget.value });
                }}
              />
              <input
                aria-label={`Port ${i + 1} published port`}
                aria-invalid={shown[`ports.${i}.published`] ? true : undefined}
                placeholder="published (empty: any)"
                value={port.published}
                onChange={(e) => {
                  setPort(i, { published: e.currentTarget.value });
                }}
              />
              <select
                aria-label={`Port ${i + 1} protocol`}
                value={port.protocol}
                onChange={(e) => {
                  setPort(i, { protocol: e.currentTarget.value as PortDraft['protocol'] });
                }}
              >
                <option value="tcp">tcp</option>
                <option value="udp">udp</option>
              </select>
              <select
                aria-label={`Port ${i + 1} publish mode`}
                value={port.mode}
                onChange={(e) => {
                  setPort(i, { mode: e.currentTarget.value as PortDraft['mode'] });
                }}
              >
                <option value="ingress">ingress (routing mesh)</option>
                <option value="host">host (the task's node)</option>
              </select>
              <button
                type="button"
                className="button ghost"
                aria-label={`Remove port ${i + 1}`}
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
          {result.problems['ports.hint'] && <p className="muted">{result.problems['ports.hint']}</p>}
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft((d) => ({ ...d, ports: [...d.ports, emptyPort()] }));
            }}
          >
            Add port
          </button>
        </fieldset>
        <div className="form-grid">
          <Field
            label="Environment"
            className="field"
            error={Object.entries(shown).find(([k]) => k.startsWith('env.'))?.[1]}
            hint="KEY=value, one per line."
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
          <Field label="Networks" className="field" hint="Overlay network names, separated by commas.">
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
            label="Constraints"
            className="field"
            error={Object.entries(shown).find(([k]) => k.startsWith('constraints.'))?.[1]}
            hint="One per line, e.g. node.role==manager."
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
          <legend>Mounts</legend>
          {draft.mounts.map((mount, i) => (
            <div className="port-row" key={i}>
              <select
                aria-label={`Mount ${i + 1} type`}
                value={mount.type}
                onChange={(e) => {
                  setMount(i, { type: e.currentTarget.value as MountDraft['type'] });
                }}
              >
                <option value="volume">volume</option>
                <option value="bind">bind (host path)</option>
                <option value="tmpfs">tmpfs</option>
              </select>
              <input
                aria-label={`Mount ${i + 1} source`}
                aria-invalid={shown[`mounts.${i}.source`] ? true : undefined}
                placeholder={
                  mount.type === 'bind' ? '/host/path' : mount.type === 'volume' ? 'volume name' : ''
                }
                disabled={mount.type === 'tmpfs'}
                value={mount.source}
                onChange={(e) => {
                  setMount(i, { source: e.currentTarget.value });
                }}
              />
              <input
                aria-label={`Mount ${i + 1} target`}
                aria-invalid={shown[`mounts.${i}.target`] ? true : undefined}
                placeholder="/path/in/container"
                value={mount.target}
                onChange={(e) => {
                  setMount(i, { target: e.currentTarget.value });
                }}
              />
              <Checkbox
                showLabel
                label={`Mount ${i + 1} read-only`}
                checked={mount.readOnly}
                onChange={(readOnly) => {
                  setMount(i, { readOnly });
                }}
              />
              <button
                type="button"
                className="button ghost"
                aria-label={`Remove mount ${i + 1}`}
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
            Add mount
          </button>
        </fieldset>
        <div className="form-grid">
          {text('memoryLimit', 'Memory limit', 'Per task, e.g. 256m; empty: none.')}
          {text('cpuLimit', 'CPU limit', 'CPUs per task, e.g. 0.5; empty: none.')}
          {text('spreadOver', 'Spread over', 'Placement preference: a node label, e.g. node.labels.zone.')}
          <Field label="Restart" className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.restartCondition}
                onChange={(e) => {
                  set('restartCondition', e.currentTarget.value as ServiceDraft['restartCondition']);
                }}
              >
                <option value="any">any exit</option>
                <option value="on-failure">on failure</option>
                <option value="none">never</option>
              </select>
            )}
          </Field>
          {text('updateParallelism', 'Update parallelism', 'Tasks replaced at a time (0: all).')}
          <Field label="When an update fails" className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.updateFailureAction}
                onChange={(e) => {
                  set('updateFailureAction', e.currentTarget.value as ServiceDraft['updateFailureAction']);
                }}
              >
                <option value="pause">pause</option>
                <option value="rollback">roll back</option>
                <option value="continue">continue</option>
              </select>
            )}
          </Field>
          <Field label="Update order" className="field">
            {(ids) => (
              <select
                id={ids.id}
                value={draft.updateOrder}
                onChange={(e) => {
                  set('updateOrder', e.currentTarget.value as ServiceDraft['updateOrder']);
                }}
              >
                <option value="stop-first">stop the old task first</option>
                <option value="start-first">start the new task first</option>
              </select>
            )}
          </Field>
        </div>
        <fieldset>
          <legend>Secrets and configs</legend>
          {secrets.length + configs.length === 0 && (
            <p className="muted">No secrets or configs yet (create them in the Swarm view).</p>
          )}
          {(
            [
              ['secrets', 'Secret', secrets],
              ['configs', 'Config', configs],
            ] as const
          ).map(([key, title, objects]) =>
            objects.map((o) => (
              <Checkbox
                key={o.id}
                showLabel
                label={`${title} ${o.name}`}
                checked={draft[key].includes(o.name)}
                onChange={(on) => {
                  toggle(key, o.name, on);
                }}
              />
            )),
          )}
        </fieldset>
        <p className="muted">Command line</p>
        <pre className="command-preview" aria-label="docker service create command">
          {result.form ? serviceCreateCommand(result.form) : 'Fix the fields above to see the command.'}
        </pre>
        <LoadStatus problem={problem} />
        {edit && (
          <p className="muted">
            Tasks are replaced as the update policy says; the task list shows each one&apos;s progress.
          </p>
        )}
        <FormActions onCancel={onClose} busy={busy} submit={edit ? 'Update service' : 'Create service'} />
      </form>
    </Modal>
  );
}
