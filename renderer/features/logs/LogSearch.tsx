import type { ISearchOptions, ISearchResultChangeEvent } from '@xterm/addon-search';
import { useState, type RefObject } from 'react';
import type { TerminalKit } from '../../ui/xterm/create-terminal.js';

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

const countText = (query: string, results: ISearchResultChangeEvent | null): string => {
  if (query === '' || !results) return '';
  if (results.resultCount === 0) return 'No matches';
  const index = results.resultIndex >= 0 ? `${results.resultIndex + 1} of ` : '';
  return `${index}${results.resultCount} ${results.resultCount === 1 ? 'match' : 'matches'}`;
};

/** Find in the terminal's buffer (scrollback included), with decorations and a match count. */
export function LogSearch({
  kit,
  results,
}: {
  readonly kit: RefObject<TerminalKit | null>;
  readonly results: ISearchResultChangeEvent | null;
}) {
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
        aria-label="Search logs"
        placeholder="Search logs"
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
        Previous match
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          next();
        }}
        disabled={query === ''}
      >
        Next match
      </button>
      <span role="status" className="muted match-count">
        {countText(query, results)}
      </span>
    </div>
  );
}
