import { SafeText } from '../../ui/SafeText.js';
import { useId, useState, type SyntheticEvent } from 'react';
import { currentLanguage } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { SearchField } from '../../ui/SearchField.js';
import { openHubRepository, searchHub, useDiscoverStore } from './discover-store.js';
import { RunButtons } from './RunButtons.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const count = (n: number): string =>
  new Intl.NumberFormat(currentLanguage(), { notation: 'compact' }).format(n);

/** Docker Hub search: Hub's own API when it answers, else one message and the engine's search. */
export function HubSearch() {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const [term, setTerm] = useState('');
  const hub = useDiscoverStore((s) => s.hub);
  const onSubmit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (term.trim()) void searchHub(client, term.trim());
  };
  return (
    <section aria-labelledby={headingId} className="discover-hub">
      <h2 id={headingId}>{t('hub')}</h2>
      <form className="discover-search" aria-label={t('searchHub')} onSubmit={onSubmit}>
        <SearchField
          label={t('searchImages')}
          placeholder={t('searchPlaceholder')}
          value={term}
          onChange={setTerm}
        />
        <button type="submit" className="button">
          {t('search')}
        </button>
      </form>
      {hub.state === 'searching' && <p className="muted">{t('searching', { term: hub.term })}</p>}
      {hub.state === 'engine' && (
        <>
          <p role="note" className="discover-notice">
            {hub.message}
          </p>
          {hub.problem && <p role="alert">{hub.problem}</p>}
        </>
      )}
      {(hub.state === 'hub' || hub.state === 'engine') && (
        <ul className="discover-list" aria-label={t('resultsFor', { term: hub.term })}>
          {hub.results.length === 0 && <li className="muted">{t('nothingFound', { term: hub.term })}</li>}
          {hub.results.map((result) => (
            <li key={result.name}>
              <div className="discover-result">
                <span className="discover-image-name">
                  <SafeText text={result.name} />
                </span>
                {result.official && <span className="badge">{t('official')}</span>}
                {'verified' in result && result.verified && <span className="badge">{t('verified')}</span>}
                <span className="muted">
                  ★ {count(result.stars)}
                  {'pulls' in result ? ` · ${t('pulls', { n: count(result.pulls) })}` : ''}
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
                  aria-label={t('tagsOf', { name: result.name })}
                  onClick={() => void openHubRepository(client, result.name)}
                >
                  {t('tags')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
