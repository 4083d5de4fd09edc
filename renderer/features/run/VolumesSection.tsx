import { useId } from 'react';
import { MOUNT_KINDS, emptyMountRow, type MountRow } from '../../../shared/run/run-form.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { SelectField } from '../../ui/SelectField.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage, FieldMessage } from './fields.js';
import { removeAt, replaceAt } from './rows.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

const KIND_OPTIONS = MOUNT_KINDS.map((k) => ({
  value: k,
  label: k === 'volume' ? 'Named volume' : 'Host folder',
}));

/**
 * Volumes and host folders. A host folder is typed as an absolute path: a folder picker needs
 * the desktop shell, which the web mode does not have.
 */
export function VolumesSection({ errors }: SectionProps) {
  const mounts = useRunDialogStore((s) => s.form.mounts);
  const volumes = useRunDialogStore((s) => s.volumes);
  const engine = useEngineMessage('volumes');
  const listId = useId();
  const setRow = (index: number, patch: Partial<MountRow>): void => {
    updateForm((f) => ({
      ...f,
      mounts: replaceAt(f.mounts, index, { ...(f.mounts[index] ?? emptyMountRow()), ...patch }),
    }));
  };
  return (
    <fieldset className="run-section">
      <legend>Volumes</legend>
      <datalist id={listId}>
        {volumes.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      {mounts.map((row, i) => {
        const n = i + 1;
        return (
          <div key={i} className="row-fields" role="group" aria-label={`Volume ${n}`}>
            <SelectField
              hideLabel
              label={`Volume kind ${n}`}
              value={row.kind}
              options={KIND_OPTIONS}
              onChange={(kind) => {
                setRow(i, { kind });
              }}
            />
            <TextField
              hideLabel
              label={row.kind === 'volume' ? `Volume name ${n}` : `Host folder ${n}`}
              placeholder={
                row.kind === 'volume' ? 'name (empty: anonymous; created if new)' : '/absolute/host/path'
              }
              list={row.kind === 'volume' ? listId : undefined}
              value={row.source}
              error={errors[`mounts.${i}.source`]}
              onChange={(source) => {
                setRow(i, { source });
              }}
            />
            <TextField
              hideLabel
              label={`Container path ${n}`}
              placeholder="/path/in/container"
              value={row.target}
              error={errors[`mounts.${i}.target`]}
              onChange={(target) => {
                setRow(i, { target });
              }}
            />
            <Checkbox
              showLabel
              label={`Read-only ${n}`}
              checked={row.readOnly}
              onChange={(readOnly) => {
                setRow(i, { readOnly });
              }}
            />
            <button
              type="button"
              className="button ghost"
              aria-label={`Remove volume ${n}`}
              onClick={() => {
                updateForm((f) => ({ ...f, mounts: removeAt(f.mounts, i) }));
              }}
            >
              ✕
            </button>
          </div>
        );
      })}
      <FieldMessage id="run-mounts-message" error={errors.mounts} />
      <div className="section-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            updateForm((f) => ({ ...f, mounts: [...f.mounts, emptyMountRow()] }));
          }}
        >
          Add volume
        </button>
      </div>
      <EngineMessage message={engine} />
    </fieldset>
  );
}
