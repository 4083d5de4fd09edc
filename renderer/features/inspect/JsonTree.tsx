import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { notify } from '../../lib/notifications-store.js';
import { expandablePaths, flattenTree, searchTree } from './json-tree.js';
import { SafeText } from '../../ui/SafeText.js';
import { SearchField } from '../../ui/SearchField.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const TOP_LEVEL = new Set<string>();

/**
 * The whole inspect document as a tree (role=tree, one tab stop, arrows to move, Right/Left to
 * open and close), searchable by key or value, with "Copy JSON".
 */
export function JsonTree({
  value,
  copyValue,
  label,
}: {
  readonly value: unknown;
  /** What Copy JSON copies (the document as the engine gave it). */
  readonly copyValue: unknown;
  readonly label: string;
}) {
  const t = useT(messages);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(TOP_LEVEL);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const treeRef = useRef<HTMLDivElement>(null);
  const found = useMemo(() => searchTree(value, query), [value, query]);
  const open = useMemo(
    () => (found.ancestors.size > 0 ? new Set([...expanded, ...found.ancestors]) : expanded),
    [expanded, found],
  );
  const rows = useMemo(() => flattenTree(value, open), [value, open]);
  const current = Math.min(active, Math.max(0, rows.length - 1));

  const toggle = (path: string, on: boolean): void => {
    const next = new Set(open);
    if (on) next.add(path);
    else next.delete(path);
    setExpanded(next);
  };

  const focusRow = (index: number): void => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActive(target);
    treeRef.current?.querySelector<HTMLElement>(`[data-row="${target}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const row = rows[current];
    if (!row) return;
    const moves: Partial<Record<string, number>> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      focusRow(next);
    } else if (event.key === 'ArrowRight' && row.expandable && !row.expanded) {
      event.preventDefault();
      toggle(row.path, true);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      if (row.expanded) toggle(row.path, false);
      else {
        // To the parent.
        for (let i = current - 1; i >= 0; i--) {
          if ((rows[i]?.depth ?? 0) < row.depth) {
            focusRow(i);
            break;
          }
        }
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && row.expandable) {
      event.preventDefault();
      toggle(row.path, !row.expanded);
    }
  };

  const matchText = query.trim() === '' ? '' : t('matches', { count: found.matches.size });

  return (
    <div className="json-tree">
      <div className="log-toolbar">
        <SearchField
          label={t('searchJson')}
          placeholder={t('searchJson')}
          value={query}
          onChange={setQuery}
        />
        <span role="status" className="muted match-count">
          {matchText}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => {
            setExpanded(expandablePaths(value));
          }}
        >
          {t('expandAll')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setQuery('');
            setExpanded(new Set());
          }}
        >
          {t('collapseAll')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            navigator.clipboard.writeText(JSON.stringify(copyValue, null, 2)).then(
              () => {
                notify(t('copied'));
              },
              () => {
                notify(t('couldNotCopy'), [t('clipboardRefused')]);
              },
            );
          }}
        >
          {t('copyJson')}
        </button>
      </div>
      <div ref={treeRef} role="tree" aria-label={label} className="tree" onKeyDown={onKeyDown}>
        {rows.map((row, i) => (
          <div
            key={row.path}
            role="treeitem"
            aria-level={row.depth + 1}
            aria-expanded={row.expandable ? row.expanded : undefined}
            aria-selected={i === current}
            tabIndex={i === current ? 0 : -1}
            data-row={i}
            className={`tree-row depth-${Math.min(row.depth, 12)}${found.matches.has(row.path) ? ' match' : ''}`}
            onClick={() => {
              setActive(i);
              if (row.expandable) toggle(row.path, !row.expanded);
            }}
          >
            <span className="tree-twisty" aria-hidden="true">
              {row.expandable ? (row.expanded ? '▾' : '▸') : ''}
            </span>
            <span className="tree-key">
              <SafeText text={row.key} />
            </span>
            <span className="tree-sep">: </span>
            <span className={`tree-value kind-${row.kind}`}>
              <SafeText text={row.text} />
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
