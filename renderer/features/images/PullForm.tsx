import { useId, useState, type SyntheticEvent } from 'react';
import type { SearchResult } from '../../../shared/contract/images.js';
import { parseReference } from '../../../shared/images/reference.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { openLogin } from '../registry/index.js';
import { applyTask } from './images-store.js';

/** Pull by reference (checked as the docker CLI checks it before anything is sent), and Hub search. */
export function PullForm() {
  const client = useClient();
  const fieldId = useId();
  const errorId = useId();
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [results, setResults] = useState<readonly SearchResult[] | null>(null);
  const [searchProblem, setSearchProblem] = useState<string | null>(null);
  const parsed = reference.trim() ? parseReference(reference) : null;

  const pull = (input: string): void => {
    const check = parseReference(input);
    if (!check.ok) {
      setProblem(check.message);
      return;
    }
    setProblem(null);
    client.invoke('images.pull', { reference: input.trim() }).then(applyTask, (err: unknown) => {
      setProblem(errorMessage(err));
    });
  };

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    pull(reference);
  };

  const search = (): void => {
    const term = reference.trim();
    if (!term) return;
    setSearchProblem(null);
    client.invoke('images.search', { term, limit: 25 }).then(setResults, (err: unknown) => {
      setResults(null);
      setSearchProblem(errorMessage(err));
    });
  };

  return (
    <div className="pull">
      <form className="pull-form" aria-label="Pull an image" onSubmit={onSubmit} noValidate>
        <label htmlFor={fieldId}>Image</label>
        <input
          id={fieldId}
          className="search pull-input"
          placeholder="busybox, team/app:1, 127.0.0.1:5000/app:1"
          value={reference}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem !== null || (parsed !== null && !parsed.ok)}
          aria-describedby={errorId}
          onChange={(event) => {
            setReference(event.currentTarget.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button primary">
          Pull
        </button>
        <button type="button" className="button" onClick={search} disabled={!reference.trim()}>
          Search Docker Hub
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            openLogin(parsed?.ok ? parsed.reference.registry : '');
          }}
        >
          Log in to a registry…
        </button>
      </form>
      <p
        id={errorId}
        className={problem ? 'field-error' : 'muted small'}
        role={problem ? 'alert' : undefined}
      >
        {problem ?? (parsed?.ok ? `Pulls ${parsed.reference.canonical}` : parsed ? parsed.message : '')}
      </p>
      {searchProblem && (
        <p role="alert" className="field-error">
          {searchProblem}
        </p>
      )}
      {results && (
        <ul className="search-results" aria-label="Docker Hub results">
          {results.length === 0 && <li className="muted">No images found.</li>}
          {results.map((result) => (
            <li key={result.name}>
              <strong>{result.name}</strong>
              {result.official && <span className="badge">official</span>}
              <span className="muted"> ★ {result.stars}</span>
              <span className="muted"> {result.description}</span>
              <button
                type="button"
                className="button"
                aria-label={`Pull ${result.name}`}
                onClick={() => {
                  pull(result.name);
                }}
              >
                Pull
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
