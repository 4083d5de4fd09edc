import { useId } from 'react';
import { useClient } from '../app/client-context.js';
import { hostHasPicker } from '../ipc/connect.js';
import { errorMessage } from '../ipc/rpc-error.js';

interface PathFieldProps {
  readonly label: string;
  readonly kind: 'file' | 'folder';
  readonly value: string;
  readonly onChange: (path: string) => void;
  /** Shown under the field and announced with it (validation message). */
  readonly error?: string | null;
  readonly placeholder?: string;
  readonly required?: boolean;
}

/**
 * A path typed by hand (web mode: the page cannot see the user's disk) with a Browse… button for
 * the native picker where the host has one (Electron).
 */
export function PathField({ label, kind, value, onChange, error, placeholder, required }: PathFieldProps) {
  const client = useClient();
  const inputId = useId();
  const errorId = useId();
  const browse = () => {
    client.invoke('shell.pickPath', { kind, title: label, defaultPath: value || undefined }).then(
      ({ path }) => {
        if (path !== null) onChange(path);
      },
      (err: unknown) => {
        console.warn('Berth: no picker:', errorMessage(err));
      },
    );
  };
  return (
    <div className="field path-field">
      <label htmlFor={inputId}>{label}</label>
      <div className="path-field-row">
        <input
          id={inputId}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
        {hostHasPicker() && (
          <button type="button" className="button" onClick={browse} aria-label={`Browse for ${label}`}>
            Browse…
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
