import { PROTOCOLS, emptyPortRow, type PortRow } from '../../../shared/run/run-form.js';
import { useT } from '../../i18n/index.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { SelectField } from '../../ui/SelectField.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage, FieldMessage } from './fields.js';
import { runMessages } from './messages.js';
import { wordProblem } from './problem-words.js';
import { removeAt, replaceAt } from './rows.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

const PROTOCOL_OPTIONS = PROTOCOLS.map((p) => ({ value: p, label: p }));

/** Published ports: host IP, host port (or range), container port (or range), protocol. */
export function PortsSection({ errors }: SectionProps) {
  const ports = useRunDialogStore((s) => s.form.ports);
  const publishAll = useRunDialogStore((s) => s.form.publishAll);
  const warnings = useRunDialogStore((s) => s.portWarnings);
  const engine = useEngineMessage('ports');
  const t = useT(runMessages);
  const setRow = (index: number, patch: Partial<PortRow>): void => {
    updateForm((f) => ({
      ...f,
      ports: replaceAt(f.ports, index, { ...(f.ports[index] ?? emptyPortRow()), ...patch }),
    }));
  };
  return (
    <fieldset className="run-section">
      <legend>{t('portsSection')}</legend>
      {ports.length === 0 && <p className="muted">{t('noPorts')}</p>}
      {ports.map((row, i) => {
        const n = i + 1;
        return (
          <div key={i} className="row-fields" role="group" aria-label={t('portRow', { n })}>
            <TextField
              hideLabel
              label={t('hostIp', { n })}
              placeholder={t('hostIpPlaceholder')}
              value={row.hostIp}
              error={errors[`ports.${i}.hostIp`]}
              onChange={(hostIp) => {
                setRow(i, { hostIp });
              }}
            />
            <TextField
              hideLabel
              label={t('hostPort', { n })}
              placeholder={t('hostPortPlaceholder')}
              value={row.hostPort}
              error={errors[`ports.${i}.hostPort`]}
              warning={warnings[i] === undefined ? undefined : wordProblem(warnings[i])}
              onChange={(hostPort) => {
                setRow(i, { hostPort });
              }}
            />
            <TextField
              hideLabel
              label={t('containerPort', { n })}
              placeholder={t('containerPortPlaceholder')}
              value={row.containerPort}
              error={errors[`ports.${i}.containerPort`]}
              onChange={(containerPort) => {
                setRow(i, { containerPort });
              }}
            />
            <SelectField
              hideLabel
              label={t('protocol', { n })}
              value={row.protocol}
              options={PROTOCOL_OPTIONS}
              onChange={(protocol) => {
                setRow(i, { protocol });
              }}
            />
            <button
              type="button"
              className="button ghost"
              aria-label={t('removePort', { n })}
              onClick={() => {
                updateForm((f) => ({ ...f, ports: removeAt(f.ports, i) }));
              }}
            >
              ✕
            </button>
          </div>
        );
      })}
      <FieldMessage id="run-ports-message" error={errors.ports} />
      <div className="section-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            updateForm((f) => ({ ...f, ports: [...f.ports, emptyPortRow()] }));
          }}
        >
          {t('addPort')}
        </button>
        <Checkbox
          showLabel
          label={t('publishAll')}
          checked={publishAll}
          onChange={(value) => {
            updateForm((f) => ({ ...f, publishAll: value }));
          }}
        />
      </div>
      <EngineMessage message={engine} />
    </fieldset>
  );
}
