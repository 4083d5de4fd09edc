import { useCallback, useMemo, useRef, useState } from 'react';
import {
  LOG_LEVELS,
  type LogLevel,
  type SearchQuery,
  type SpoolRequest,
} from '../../../../shared/logs/explorer.js';
import { useT } from '../../../i18n/index.js';
import { startDownload } from '../../../ipc/transfers.js';
import { useClient } from '../../../lib/client-context.js';
import { notify } from '../../../lib/notifications-store.js';
import { useThrottled } from '../../../lib/use-throttled.js';
import { Checkbox } from '../../../ui/Checkbox.js';
import { messages } from '../messages.js';
import { JumpBar } from './JumpBar.js';
import { LogWindow, type Jump } from './LogWindow.js';
import { SearchBar, toQuery, type SearchForm } from './SearchBar.js';
import { useSpool, useSpoolSearch } from './use-spool.js';
import './explorer.css';

const GROUPED = new Intl.NumberFormat();

/**
 * While lines pour in (a history loading, a chatty container followed), the window follows the
 * tail twice a second rather than at each progress report; the first change after a quiet spell
 * passes at once. Each was a re-read and a redraw of the rows, page CPU taken from the engine
 * serving the history on a 2-core machine.
 */
const LOADING_WINDOW_MS = 500;

export interface ExplorerOptions {
  readonly timestamps: boolean;
  readonly stdout: boolean;
  readonly stderr: boolean;
  readonly structured: boolean;
  readonly levels: LogLevel[];
}

/** "warn and above": the levels a choice in the level menu stands for. */
const levelsFrom = (level: LogLevel | ''): LogLevel[] =>
  level === '' ? [] : LOG_LEVELS.slice(LOG_LEVELS.indexOf(level));

/**
 * The whole history of a container's log, spooled by the backend: scroll anywhere, jump to a
 * line or a time, search everything (with a running count, next/previous, only matching lines
 * and export), structured lines by level. The page holds only the rows in view.
 */
export function LogExplorer({
  name,
  request,
  options,
  onOptions,
}: {
  readonly name: string;
  readonly request: SpoolRequest;
  readonly options: ExplorerOptions;
  readonly onOptions: (change: Partial<ExplorerOptions>) => void;
}) {
  const t = useT(messages);
  const client = useClient();
  const spool = useSpool(client, request);
  const progress = spool.progress;
  const session = progress?.session ?? null;

  const [form, setForm] = useState<SearchForm | null>(null);
  const [onlyMatching, setOnlyMatching] = useState(false);
  const [context, setContext] = useState(0);
  const [jump, setJump] = useState<Jump | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const range = useRef<{ first: number | null; last: number | null }>({ first: null, last: null });

  const levels = useMemo(
    () => (options.structured ? options.levels : []),
    [options.structured, options.levels],
  );
  const streamsFiltered = !options.stdout || !options.stderr;
  const query = useMemo((): SearchQuery | null => {
    const filtered = levels.length > 0 || streamsFiltered;
    if (!form && !filtered) return null;
    const base = form
      ? toQuery(form)
      : toQuery({ text: '', regex: false, matchCase: false, stdout: true, stderr: true, from: '', to: '' });
    return {
      ...base,
      streams: {
        stdout: base.streams.stdout && options.stdout,
        stderr: base.streams.stderr && options.stderr,
      },
      ...(levels.length > 0 ? { levels: [...levels] } : {}),
    };
  }, [form, levels, streamsFiltered, options.stdout, options.stderr]);
  const search = useSpoolSearch(client, session, query);
  const searchId = search.progress?.search ?? null;
  // A level or stream filter shows only what passes; a text search does when asked.
  const filtering = levels.length > 0 || streamsFiltered;
  const viewContext = filtering && !form ? 0 : context;
  const view = useMemo(
    () => (searchId && (onlyMatching || filtering) ? { search: searchId, context: viewContext } : null),
    [searchId, onlyMatching, filtering, viewContext],
  );

  const first = progress?.first ?? 0;
  const held = progress ? progress.total - progress.first : 0;
  const version = `${search.progress?.matches ?? 0}|${progress?.total ?? 0}`;
  const loading = progress !== null && !progress.ended;
  const windowRows = useThrottled(held, LOADING_WINDOW_MS, loading);
  const windowVersion = useThrottled(version, LOADING_WINDOW_MS, loading);

  const jumpToLine = useCallback(
    async (line: number) => {
      if (!session) return;
      setTarget(line);
      if (line < first) {
        setNotice(t('lineGone', { line: line + 1 }));
        return;
      }
      setNotice(null);
      const row = view
        ? (await client.invoke('logs.row', { session, search: view.search, context: view.context, line })).row
        : Math.min(line, (progress?.total ?? 1) - 1) - first;
      setJump((j) => ({ row, seq: (j?.seq ?? 0) + 1 }));
    },
    [client, session, view, first, progress?.total, t],
  );

  const step = (direction: 'next' | 'previous'): void => {
    if (!session || !searchId) return;
    const here =
      target ??
      (direction === 'next' ? (range.current.first ?? first) - 1 : (range.current.last ?? first) + 1);
    const ask = (line: number) =>
      client.invoke('logs.step', { session, search: searchId, line: Math.max(-1, line), direction });
    // Past the last match, next goes round to the first (and previous to the last), as editors do.
    ask(here)
      .then(({ line }) =>
        line !== null ? line : ask(direction === 'next' ? -1 : Number.MAX_SAFE_INTEGER).then((r) => r.line),
      )
      .then(
        (line) => {
          if (line !== null) void jumpToLine(line);
        },
        () => undefined,
      );
  };

  const onRange = useCallback((a: number | null, b: number | null) => {
    range.current = { first: a, last: b };
  }, []);

  const sp = search.progress;
  const searchStatus = search.error
    ? search.error
    : search.cancelled
      ? t('cancelled')
      : !sp
        ? ''
        : search.running
          ? t('searching', {
              scanned: GROUPED.format(Math.max(0, sp.scanned - first)),
              total: GROUPED.format(sp.total - first),
              matches: GROUPED.format(sp.matches),
            })
          : t('searched', { count: sp.matches, total: GROUPED.format(sp.total - first) });

  const spoolStatus = spool.error
    ? t('spoolFailed', { message: spool.error })
    : !progress
      ? t('opening')
      : [
          progress.ended
            ? t('spooled', { lines: GROUPED.format(held) })
            : t('spooling', { lines: GROUPED.format(held) }),
          progress.first > 0
            ? t('spoolDropped', { count: progress.first, lines: GROUPED.format(progress.first) })
            : null,
          progress.error
            ? t('spoolFailed', { message: progress.error })
            : progress.ended
              ? t('spoolEnded')
              : null,
        ]
          .filter((part) => part !== null)
          .join(' · ');
  const timesReady = progress?.times !== 'reading' && progress?.times !== 'unavailable';
  const timesStatus =
    !progress || spool.error
      ? null
      : progress.times === 'reading'
        ? progress.timesOf > 0
          ? t('timesReading', {
              done: GROUPED.format(progress.timesRead),
              total: GROUPED.format(progress.timesOf),
            })
          : t('timesWaiting')
        : progress.times === 'unavailable'
          ? progress.timesReason === 'failed'
            ? t('timesFailed', { message: progress.timesDetail ?? '' })
            : progress.timesReason === 'incomplete'
              ? t('timesIncomplete')
              : t('timesChanged')
          : null;

  return (
    <div className="logs lx">
      <JumpBar
        onFirst={() => {
          setTarget(null);
          setJump((j) => ({ row: 0, seq: (j?.seq ?? 0) + 1 }));
        }}
        onLast={() => {
          setTarget(null);
          // Past the end: the window stops at the last row.
          setJump((j) => ({ row: Number.MAX_SAFE_INTEGER, seq: (j?.seq ?? 0) + 1 }));
        }}
        onLine={(line) => void jumpToLine(line)}
        timesReady={timesReady}
        onTime={(ms) => {
          if (!session) return;
          client.invoke('logs.locate', { session, time: ms }).then(
            ({ line }) => {
              if (line === null) setNotice(t('noLineAtTime'));
              else void jumpToLine(line);
            },
            () => undefined,
          );
        }}
      />
      <SearchBar
        timesReady={timesReady}
        onSearch={(next) => {
          setTarget(null);
          setForm(
            next.text === '' && next.from === '' && next.to === '' && next.stdout && next.stderr
              ? null
              : next,
          );
        }}
      />
      <div className="log-toolbar">
        <button type="button" className="button" disabled={!searchId} onClick={() => step('previous')}>
          {t('previousMatch')}
        </button>
        <button type="button" className="button" disabled={!searchId} onClick={() => step('next')}>
          {t('nextMatch')}
        </button>
        {search.running && (
          <button type="button" className="button" onClick={search.cancel}>
            {t('cancel')}
          </button>
        )}
        <Checkbox showLabel label={t('onlyMatching')} checked={onlyMatching} onChange={setOnlyMatching} />
        <label className="field field-inline">
          <span>{t('context')}</span>
          <input
            type="number"
            min={0}
            max={50}
            value={context}
            onChange={(event) => {
              const n = Number(event.currentTarget.value);
              if (Number.isInteger(n) && n >= 0 && n <= 50) setContext(n);
            }}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={!searchId || !session}
          onClick={() => {
            if (!session || !searchId) return;
            client
              .invoke('logs.export', { session, search: searchId, context })
              .then(startDownload, (err: unknown) => {
                notify(t('exportMatches'), [err instanceof Error ? err.message : String(err)]);
              });
          }}
        >
          {t('exportMatches')}
        </button>
        <span role="status" className={search.error ? 'log-status error' : 'muted match-count'}>
          {searchStatus}
        </span>
      </div>
      <div className="log-toolbar">
        <Checkbox
          showLabel
          label={t('timestamps')}
          checked={options.timestamps}
          onChange={(timestamps) => onOptions({ timestamps })}
        />
        <Checkbox
          showLabel
          label={t('showStdout')}
          checked={options.stdout}
          onChange={(stdout) => onOptions({ stdout })}
        />
        <Checkbox
          showLabel
          label={t('showStderr')}
          checked={options.stderr}
          onChange={(stderr) => onOptions({ stderr })}
        />
        <Checkbox
          showLabel
          label={t('structured')}
          checked={options.structured}
          onChange={(structured) => onOptions({ structured })}
        />
        <label className="field field-inline">
          <span>{t('level')}</span>
          <select
            value={options.levels[0] ?? ''}
            disabled={!options.structured}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onOptions({ levels: levelsFrom(LOG_LEVELS.find((l) => l === value) ?? '') });
            }}
          >
            <option value="">{t('allLevels')}</option>
            {LOG_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t('levelAtLeast', { level })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className={spool.error || progress?.error ? 'log-status error' : 'log-status muted'}>
        {spoolStatus}
        {/* Its own element, with the state as data: the bench waits for 'ready'. */}
        <span data-times={progress?.times ?? 'reading'}>{timesStatus ? ` · ${timesStatus}` : ''}</span>
        {notice ? ` · ${notice}` : ''}
      </p>
      {session && (
        <LogWindow
          client={client}
          session={session}
          rows={windowRows}
          base={first}
          view={view}
          version={windowVersion}
          refresh={progress?.times ?? ''}
          options={{ timestamps: options.timestamps, structured: options.structured }}
          target={target}
          jump={jump}
          label={t('historyOf', { name })}
          onRange={onRange}
        />
      )}
    </div>
  );
}
