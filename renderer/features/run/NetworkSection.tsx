import { RESTART_POLICIES } from '../../../shared/run/run-form.js';
import { EngineMessage, SelectField, TextField } from './fields.js';
import { removeAt, replaceAt } from './rows.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

const RESTART_OPTIONS = RESTART_POLICIES.map((p) => ({ value: p, label: p }));

/** Network, restart policy and labels. */
export function NetworkSection({ errors }: SectionProps) {
  const form = useRunDialogStore((s) => s.form);
  const networks = useRunDialogStore((s) => s.networks);
  const engine = useEngineMessage('network');
  const choices = new Set(['', 'host', 'none', ...networks.filter((n) => n !== 'bridge'), form.network]);
  const networkOptions = [...choices].map((n) => ({
    value: n,
    label: n === '' ? 'default (bridge)' : n,
  }));
  return (
    <fieldset className="run-section">
      <legend>Network, restart and labels</legend>
      <div className="field-grid">
        <SelectField
          label="Network"
          value={form.network}
          options={networkOptions}
          error={errors.network}
          onChange={(network) => {
            updateForm((f) => ({ ...f, network }));
          }}
        />
        <SelectField
          label="Restart policy"
          value={form.restart}
          options={RESTART_OPTIONS}
          error={errors.restart}
          onChange={(restart) => {
            updateForm((f) => ({
              ...f,
              restart,
              restartMaxRetries: restart === 'on-failure' ? f.restartMaxRetries : '',
            }));
          }}
        />
        {form.restart === 'on-failure' && (
          <TextField
            label="Maximum retries"
            value={form.restartMaxRetries}
            placeholder="empty: no limit"
            error={errors.restartMaxRetries}
            onChange={(restartMaxRetries) => {
              updateForm((f) => ({ ...f, restartMaxRetries }));
            }}
          />
        )}
      </div>
      {form.labels.map((row, i) => {
        const n = i + 1;
        return (
          <div key={i} className="row-fields" role="group" aria-label={`Label ${n}`}>
            <TextField
              hideLabel
              label={`Label key ${n}`}
              placeholder="com.example.key"
              value={row.key}
              error={errors[`labels.${i}.key`]}
              onChange={(key) => {
                updateForm((f) => ({ ...f, labels: replaceAt(f.labels, i, { ...row, key }) }));
              }}
            />
            <TextField
              hideLabel
              label={`Label value ${n}`}
              placeholder="value"
              value={row.value}
              error={errors[`labels.${i}.value`]}
              onChange={(value) => {
                updateForm((f) => ({ ...f, labels: replaceAt(f.labels, i, { ...row, value }) }));
              }}
            />
            <button
              type="button"
              className="button ghost"
              aria-label={`Remove label ${n}`}
              onClick={() => {
                updateForm((f) => ({ ...f, labels: removeAt(f.labels, i) }));
              }}
            >
              ✕
            </button>
          </div>
        );
      })}
      <div className="section-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            updateForm((f) => ({ ...f, labels: [...f.labels, { key: '', value: '' }] }));
          }}
        >
          Add label
        </button>
      </div>
      <EngineMessage message={engine} />
    </fieldset>
  );
}
