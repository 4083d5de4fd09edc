import { useId, useState, type SyntheticEvent } from 'react';
import type { SearchResult } from '../../../shared/contract/images.js';
import { parseReference } from '../../../shared/images/reference.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { openLogin } from '../registry/index.js';
import { applyTask } from './images-store.js';
import { useTargetEngine } from '../engine/index.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { wordReferenceProblem } from './reference-words.js';

/** Pull by reference (checked as the docker CLI checks it before anything is sent), and Hub search. */
export function PullForm() {
  const client = useClient();
  const t = useT(messages);
  // One engine shown (chosen, or narrowed by the Engine filter): the pull goes there.
  const target = useTargetEngine();
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
      setProblem(wordReferenceProblem(check));
      return;
    }
    setProblem(null);
    client.invoke('images.pull', { reference: input.trim(), ...target }).then(applyTask, (err: unknown) => {
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
      <form className="pull-form" aria-label={t('pullForm')} onSubmit={onSubmit} noValidate>
        <label htmlFor={fieldId}>{t('image')}</label>
        <input
          id={fieldId}
          className="search pull-input"
          placeholder={t('pullPlaceholder')}
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
          {t('pull')}
        </button>
        <button type="button" className="button" onClick={search} disabled={!reference.trim()}>
          {t('searchHub')}
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            openLogin(parsed?.ok ? parsed.reference.registry : '');
          }}
        >
          {t('login')}
        </button>
      </form>
      <p
        id={errorId}
        className={problem ? 'field-error' : 'muted small'}
        role={problem ? 'alert' : undefined}
      >
        {problem ??
          (parsed?.ok
            ? t('pulls', { reference: parsed.reference.canonical })
            : parsed
              ? wordReferenceProblem(parsed)
              : '')}
      </p>
      {searchProblem && (
        <p role="alert" className="field-error">
          {searchProblem}
        </p>
      )}
      {results && (
        <ul className="search-results" aria-label={t('hubResults')}>
          {results.length === 0 && <li className="muted">{t('noneFound')}</li>}
          {results.map((result) => (
            <li key={result.name}>
              <strong>{result.name}</strong>
              {result.official && <span className="badge">{t('official')}</span>}
              <span className="muted"> ★ {result.stars}</span>
              <span className="muted"> {result.description}</span>
              <button
                type="button"
                className="button"
                aria-label={t('pullNamed', { name: result.name })}
                onClick={() => {
                  pull(result.name);
                }}
              >
                {t('pull')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
