import { useId, useState } from 'react';
import { mergeEnv, parseEnvFile } from '../../../shared/run/env-file.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage } from './fields.js';
import { KeyValueRows } from './KeyValueRows.js';
import { updateForm } from './run-dialog-store.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

const MAX_ENV_FILE = 1024 * 1024;

/** Environment variables: rows, a pasted `.env` block, or an env file. */
export function EnvSection({ errors }: SectionProps) {
  const engine = useEngineMessage('env');
  const [paste, setPaste] = useState('');
  const [report, setReport] = useState<string | null>(null);
  const fileId = useId();

  const addParsed = (text: string): boolean => {
    const parsed = parseEnvFile(text);
    if (parsed.errors.length > 0) {
      // As `docker run --env-file` does: a file with a bad line is refused as a whole.
      setReport(`Nothing added: ${parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join(' ')}`);
      return false;
    }
    updateForm((f) => ({ ...f, env: mergeEnv(f.env, parsed.entries) }));
    setReport(`Added ${parsed.entries.length} variable${parsed.entries.length === 1 ? '' : 's'}.`);
    return true;
  };

  return (
    <fieldset className="run-section">
      <legend>Environment</legend>
      <KeyValueRows field="env" noun="Variable" keyWord="name" keyPlaceholder="NAME" errors={errors} />
      <div className="section-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            updateForm((f) => ({ ...f, env: [...f.env, { key: '', value: '' }] }));
          }}
        >
          Add variable
        </button>
        <label htmlFor={fileId} className="button">
          Import env file
        </label>
        <input
          id={fileId}
          type="file"
          className="visually-hidden"
          aria-label="Import env file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            if (file.size > MAX_ENV_FILE) {
              setReport(`${file.name} is larger than 1 MB: not an env file.`);
              return;
            }
            void file.text().then(addParsed);
          }}
        />
      </div>
      <TextField
        label="Paste .env lines"
        rows={3}
        value={paste}
        placeholder={'KEY=value\n# comments are skipped'}
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
          Add pasted variables
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
