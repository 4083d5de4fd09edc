import { useId, useState } from 'react';
import { mergeEnv, parseEnvFile } from '../../../shared/run/env-file.js';
import { useT } from '../../i18n/index.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage } from './fields.js';
import { KeyValueRows } from './KeyValueRows.js';
import { runMessages } from './messages.js';
import { updateForm } from './run-dialog-store.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

const MAX_ENV_FILE = 1024 * 1024;

/** Environment variables: rows, a pasted `.env` block, or an env file. */
export function EnvSection({ errors }: SectionProps) {
  const engine = useEngineMessage('env');
  const t = useT(runMessages);
  const [paste, setPaste] = useState('');
  const [report, setReport] = useState<string | null>(null);
  const fileId = useId();

  const addParsed = (text: string): boolean => {
    const parsed = parseEnvFile(text);
    if (parsed.errors.length > 0) {
      // As `docker run --env-file` does: a file with a bad line is refused as a whole.
      setReport(
        t('envNothingAdded', {
          problems: parsed.errors
            .map((e) => t('envLineProblem', { line: e.line, message: e.message }))
            .join(' '),
        }),
      );
      return false;
    }
    updateForm((f) => ({ ...f, env: mergeEnv(f.env, parsed.entries) }));
    setReport(t('envAdded', { count: parsed.entries.length }));
    return true;
  };

  return (
    <fieldset className="run-section">
      <legend>{t('envSection')}</legend>
      <KeyValueRows
        field="env"
        noun={t('nounVariable')}
        keyWord={t('keyWordName')}
        keyPlaceholder={t('envKeyPlaceholder')}
        errors={errors}
      />
      <div className="section-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            updateForm((f) => ({ ...f, env: [...f.env, { key: '', value: '' }] }));
          }}
        >
          {t('addVariable')}
        </button>
        <label htmlFor={fileId} className="button">
          {t('importEnvFile')}
        </label>
        <input
          id={fileId}
          type="file"
          className="visually-hidden"
          aria-label={t('importEnvFile')}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            if (file.size > MAX_ENV_FILE) {
              setReport(t('envFileTooLarge', { name: file.name }));
              return;
            }
            void file.text().then(addParsed);
          }}
        />
      </div>
      <TextField
        label={t('pasteEnv')}
        rows={3}
        value={paste}
        placeholder={t('pasteEnvPlaceholder')}
        onChange={setPaste}
      />
      <div className="section-actions">
        <button
          type="button"
          className="button"
          disabled={paste.trim() === ''}
          onClick={() => {
            if (addParsed(paste)) setPaste('');
          }}
        >
          {t('addPasted')}
        </button>
      </div>
      {report && (
        <p role="status" className="muted">
          {report}
        </p>
      )}
      <EngineMessage message={engine} />
    </fieldset>
  );
}
