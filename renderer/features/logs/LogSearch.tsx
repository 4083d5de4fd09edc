import type { ISearchOptions, ISearchResultChangeEvent } from '@xterm/addon-search';
import { useState, type RefObject } from 'react';
import { useT } from '../../i18n/index.js';
import type { TerminalKit } from '../../ui/xterm/create-terminal.js';
import { messages, type LogsT } from './messages.js';

/**
 * No match *background* colours: xterm's DOM renderer paints those as style attributes on
 * each cell, which our CSP refuses. Borders go through CSSOM, and the fill comes from
 * `.xterm-find-result-decoration` in container-detail.css.
 */
const OPTIONS: ISearchOptions = {
  decorations: {
    matchBorder: '#e3b341',
    matchOverviewRuler: '#e3b341',
    activeMatchBorder: '#ff9f1c',
    activeMatchColorOverviewRuler: '#ff9f1c',
  },
};

const countText = (t: LogsT, query: string, results: ISearchResultChangeEvent | null): string => {
  if (query === '' || !results) return '';
  if (results.resultCount === 0) return t('noMatches');
  return results.resultIndex >= 0
    ? t('matchOf', { index: results.resultIndex + 1, count: results.resultCount })
    : t('matches', { count: results.resultCount });
};

/** Find in the terminal's buffer (scrollback included), with decorations and a match count. */
export function LogSearch({
  kit,
  results,
}: {
  readonly kit: RefObject<TerminalKit | null>;
  readonly results: ISearchResultChangeEvent | null;
}) {
  const t = useT(messages);
  const [query, setQuery] = useState('');
  const next = (incremental = false): void => {
    if (query !== '') kit.current?.search.findNext(query, { ...OPTIONS, incremental });
  };
  const previous = (): void => {
    if (query !== '') kit.current?.search.findPrevious(query, OPTIONS);
  };
  return (
    <div className="log-search" role="search">
      <input
        type="search"
        className="search"
        aria-label={t('searchLogs')}
        placeholder={t('searchLogs')}
        value={query}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setQuery(value);
          if (value === '') kit.current?.search.clearDecorations();
          else kit.current?.search.findNext(value, { ...OPTIONS, incremental: true });
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (event.shiftKey) previous();
          else next();
        }}
      />
      <button type="button" className="button" onClick={previous} disabled={query === ''}>
        {t('previousMatch')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          next();
        }}
        disabled={query === ''}
      >
        {t('nextMatch')}
      </button>
      <span role="status" className="muted match-count">
        {countText(t, query, results)}
      </span>
    </div>
  );
}
