import { RESTART_POLICIES } from '../../../shared/run/run-form.js';
import { useT } from '../../i18n/index.js';
import { SelectField } from '../../ui/SelectField.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage } from './fields.js';
import { KeyValueRows } from './KeyValueRows.js';
import { runMessages } from './messages.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

const RESTART_OPTIONS = RESTART_POLICIES.map((p) => ({ value: p, label: p }));

/** Network, restart policy and labels. */
export function NetworkSection({ errors }: SectionProps) {
  const form = useRunDialogStore((s) => s.form);
  const networks = useRunDialogStore((s) => s.networks);
  const engine = useEngineMessage('network');
  const t = useT(runMessages);
  const choices = new Set(['', 'host', 'none', ...networks.filter((n) => n !== 'bridge'), form.network]);
  const networkOptions = [...choices].map((n) => ({
    value: n,
    label: n === '' ? t('defaultBridge') : n,
  }));
  return (
    <fieldset className="run-section">
      <legend>{t('networkSection')}</legend>
      <div className="field-grid">
        <SelectField
          label={t('network')}
          value={form.network}
          options={networkOptions}
          error={errors.network}
          onChange={(network) => {
            updateForm((f) => ({ ...f, network }));
          }}
        />
        <SelectField
          label={t('restartPolicy')}
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
            label={t('maxRetries')}
            value={form.restartMaxRetries}
            placeholder={t('maxRetriesPlaceholder')}
            error={errors.restartMaxRetries}
            onChange={(restartMaxRetries) => {
              updateForm((f) => ({ ...f, restartMaxRetries }));
            }}
          />
        )}
      </div>
      <KeyValueRows
        field="labels"
        noun={t('nounLabel')}
        keyWord={t('keyWordKey')}
        keyPlaceholder={t('labelKeyPlaceholder')}
        errors={errors}
      />
      <div className="section-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            updateForm((f) => ({ ...f, labels: [...f.labels, { key: '', value: '' }] }));
          }}
        >
          {t('addLabel')}
        </button>
      </div>
      <EngineMessage message={engine} />
    </fieldset>
  );
}
