import type { ISearchOptions, ISearchResultChangeEvent } from '@xterm/addon-search';
import { useState, type RefObject } from 'react';
import { useT } from '../../i18n/index.js';
import { SearchField } from '../../ui/SearchField.js';
import type { TerminalKit } from '../../ui/xterm/create-terminal.js';
import { messages } from './messages.js';

/**
 * Borders only, as the container log console does: xterm's DOM renderer would paint match
 * backgrounds as style attributes, which the CSP refuses.
 */
const OPTIONS: ISearchOptions = {
  decorations: {
    matchBorder: '#e3b341',
    matchOverviewRuler: '#e3b341',
    activeMatchBorder: '#ff9f1c',
    activeMatchColorOverviewRuler: '#ff9f1c',
  },
};

/** Find in the service log console's buffer (scrollback included), with a match count. */
export function ServiceLogSearch({
  kit,
  results,
}: {
  readonly kit: RefObject<TerminalKit | null>;
  readonly results: ISearchResultChangeEvent | null;
}) {
  const t = useT(messages);
  const [query, setQuery] = useState('');
  const next = (): void => {
    if (query !== '') kit.current?.search.findNext(query, OPTIONS);
  };
  const previous = (): void => {
    if (query !== '') kit.current?.search.findPrevious(query, OPTIONS);
  };
  let count = '';
  if (query !== '' && results) {
    if (results.resultCount === 0) count = t('noMatches');
    else if (results.resultIndex >= 0)
      count = t('matchOf', { index: results.resultIndex + 1, count: results.resultCount });
    else count = t('matches', { count: results.resultCount });
  }
  return (
    <div
      className="log-search"
      role="search"
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        if (event.shiftKey) previous();
        else next();
      }}
    >
      <SearchField
        label={t('searchLogs')}
        placeholder={t('searchLogs')}
        value={query}
        onChange={(value) => {
          setQuery(value);
          if (value === '') kit.current?.search.clearDecorations();
          else kit.current?.search.findNext(value, { ...OPTIONS, incremental: true });
        }}
      />
      <button type="button" className="button" onClick={previous} disabled={query === ''}>
        {t('previousMatch')}
      </button>
      <button type="button" className="button" onClick={next} disabled={query === ''}>
        {t('nextMatch')}
      </button>
      <span role="status" className="muted match-count">
        {count}
      </span>
    </div>
  );
}
