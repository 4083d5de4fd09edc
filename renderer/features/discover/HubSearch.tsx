import { SafeText } from '../../ui/SafeText.js';
import { useId, useState, type SyntheticEvent } from 'react';
import { useClient } from '../../lib/client-context.js';
import { SearchField } from '../../ui/SearchField.js';
import { openHubRepository, searchHub, useDiscoverStore } from './discover-store.js';
import { RunButtons } from './RunButtons.js';

const count = (n: number): string => new Intl.NumberFormat('en', { notation: 'compact' }).format(n);

/** Docker Hub search: Hub's own API when it answers, else one message and the engine's search. */
export function HubSearch() {
  const client = useClient();
  const headingId = useId();
  const [term, setTerm] = useState('');
  const hub = useDiscoverStore((s) => s.hub);
  const onSubmit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (term.trim()) void searchHub(client, term.trim());
  };
  return (
    <section aria-labelledby={headingId} className="discover-hub">
      <h2 id={headingId}>Docker Hub</h2>
      <form className="discover-search" aria-label="Search Docker Hub" onSubmit={onSubmit}>
        <SearchField
          label="Search images"
          placeholder="Search Docker Hub: nginx, redis…"
          value={term}
          onChange={setTerm}
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {hub.state === 'searching' && <p className="muted">Searching for {hub.term}…</p>}
      {hub.state === 'engine' && (
        <>
          <p role="note" className="discover-notice">
            {hub.message}
          </p>
          {hub.problem && <p role="alert">{hub.problem}</p>}
        </>
      )}
      {(hub.state === 'hub' || hub.state === 'engine') && (
        <ul className="discover-list" aria-label={`Results for ${hub.term}`}>
          {hub.results.length === 0 && <li className="muted">Nothing found for {hub.term}.</li>}
          {hub.results.map((result) => (
            <li key={result.name}>
              <div className="discover-result">
                <span className="discover-image-name">
                  <SafeText text={result.name} />
                </span>
                {result.official && <span className="badge">Official</span>}
                {'verified' in result && result.verified && <span className="badge">Verified</span>}
                <span className="muted">
                  ★ {count(result.stars)}
                  {'pulls' in result ? ` · ${count(result.pulls)} pulls` : ''}
                </span>
                <p className="discover-description">
                  <SafeText text={result.description} />
                </p>
              </div>
              <RunButtons image={result.name} />
              {hub.state === 'hub' && (
                <button
                  type="button"
                  className="button ghost"
                  aria-label={`Tags of ${result.name}`}
                  onClick={() => void openHubRepository(client, result.name)}
                >
                  Tags
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
