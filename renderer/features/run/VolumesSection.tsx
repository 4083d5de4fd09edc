import { useId } from 'react';
import { MOUNT_KINDS, emptyMountRow, type MountRow } from '../../../shared/run/run-form.js';
import { useT } from '../../i18n/index.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { SelectField } from '../../ui/SelectField.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage, FieldMessage } from './fields.js';
import { runMessages } from './messages.js';
import { removeAt, replaceAt } from './rows.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

/**
 * Volumes and host folders. A host folder is typed as an absolute path: a folder picker needs
 * the desktop shell, which the web mode does not have.
 */
export function VolumesSection({ errors }: SectionProps) {
  const mounts = useRunDialogStore((s) => s.form.mounts);
  const volumes = useRunDialogStore((s) => s.volumes);
  const engine = useEngineMessage('volumes');
  const t = useT(runMessages);
  const kindOptions = MOUNT_KINDS.map((k) => ({
    value: k,
    label: k === 'volume' ? t('namedVolume') : t('hostFolder'),
  }));
  const listId = useId();
  const setRow = (index: number, patch: Partial<MountRow>): void => {
    updateForm((f) => ({
      ...f,
      mounts: replaceAt(f.mounts, index, { ...(f.mounts[index] ?? emptyMountRow()), ...patch }),
    }));
  };
  return (
    <fieldset className="run-section">
      <legend>{t('volumesSection')}</legend>
      <datalist id={listId}>
        {volumes.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      {mounts.map((row, i) => {
        const n = i + 1;
        return (
          <div key={i} className="row-fields" role="group" aria-label={t('volumeRow', { n })}>
            <SelectField
              hideLabel
              label={t('volumeKind', { n })}
              value={row.kind}
              options={kindOptions}
              onChange={(kind) => {
                setRow(i, { kind });
              }}
            />
            <TextField
              hideLabel
              label={row.kind === 'volume' ? t('volumeName', { n }) : t('hostFolderRow', { n })}
              placeholder={row.kind === 'volume' ? t('volumeNamePlaceholder') : t('hostFolderPlaceholder')}
              list={row.kind === 'volume' ? listId : undefined}
              value={row.source}
              error={errors[`mounts.${i}.source`]}
              onChange={(source) => {
                setRow(i, { source });
              }}
            />
            <TextField
              hideLabel
              label={t('containerPath', { n })}
              placeholder={t('containerPathPlaceholder')}
              value={row.target}
              error={errors[`mounts.${i}.target`]}
              onChange={(target) => {
                setRow(i, { target });
              }}
            />
            <Checkbox
              showLabel
              label={t('readOnlyRow', { n })}
              checked={row.readOnly}
              onChange={(readOnly) => {
                setRow(i, { readOnly });
              }}
            />
            <button
              type="button"
              className="button ghost"
              aria-label={t('removeVolume', { n })}
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
          {t('addVolume')}
        </button>
      </div>
      <EngineMessage message={engine} />
    </fieldset>
  );
}
