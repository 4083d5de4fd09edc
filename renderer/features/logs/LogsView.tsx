import { useMemo, useRef, useState } from 'react';
import { SPOOL_LIMIT_MB, type SpoolRequest } from '../../../shared/logs/explorer.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { notify } from '../../lib/notifications-store.js';
import { updateSettings, useSettingsStore } from '../../lib/settings-store.js';
import { LogExplorer } from './explorer/index.js';
import { epochSeconds, fileName } from './log-format.js';
import { LogOptionsForm, type LogRange } from './LogOptionsForm.js';
import { LogSearch } from './LogSearch.js';
import { messages, type LogsT } from './messages.js';
import { useLogOptions, type LogOptions } from './use-log-options.js';
import { useLogTerminal, type LogsRequest, type LogStatus } from './use-log-terminal.js';

const DEFAULT_SCROLLBACK = 10_000;

type T = LogsT;

const statusText = (
  t: T,
  status: LogStatus,
  paused: boolean,
  scrolledUp: boolean,
  dropped: number,
): string => {
  const parts: string[] = [];
  if (status.state === 'connecting') parts.push(t('opening'));
  else if (status.state === 'streaming')
    parts.push(paused ? t('paused') : scrolledUp ? t('scrolledUp') : t('following'));
  else if (status.state === 'ended') parts.push(t('ended'));
  else if (status.message) parts.push(status.message);
  if (dropped > 0) parts.push(t('dropped', { count: dropped }));
  return parts.join(' · ');
};

const save = (parts: string[], name: string): void => {
  const url = URL.createObjectURL(new Blob(parts, { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(name, new Date());
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
};

function Check({
  label,
  checked,
  onChange,
}: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (on: boolean) => void;
}) {
  return (
    <label className="check-inline">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />
      {label}
    </label>
  );
}

/** The spool limit, saved in the logs settings for every view. */
function SpoolLimitField({ t }: { readonly t: T }) {
  const client = useClient();
  const saved = useSettingsStore((s) => s.settings?.logs.spoolLimitMb ?? SPOOL_LIMIT_MB.default);
  const [value, setValue] = useState<string | null>(null);
  return (
    <label className="field field-inline">
      <span>{t('spoolLimit')}</span>
      <input
        type="number"
        min={SPOOL_LIMIT_MB.min}
        max={SPOOL_LIMIT_MB.max}
        step={16}
        value={value ?? String(saved)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setValue(text);
          const n = Number(text);
          if (Number.isInteger(n) && n >= SPOOL_LIMIT_MB.min && n <= SPOOL_LIMIT_MB.max) {
            updateSettings(client, { section: 'logs', values: { spoolLimitMb: n } }).catch(() => undefined);
          }
        }}
      />
    </label>
  );
}

/**
 * A container's logs: the console (xterm) for the recent lines and a live follow, and, after
 * "Load full history", the explorer over the whole history spooled by the backend.
 */
export function LogsView({
  id,
  name,
  initialSince = '',
}: {
  readonly id: string;
  readonly name: string;
  /** Opened from an alert: the history from this moment (datetime-local) instead of the last lines. */
  readonly initialSince?: string;
}) {
  const t = useT(messages);
  const [options, setOptions] = useLogOptions(name);
  const [explore, setExplore] = useState(false);
  const [range, setRange] = useState<LogRange>(
    initialSince === ''
      ? { tail: 1000, since: '', until: '' }
      : { tail: 'all', since: initialSince, until: '' },
  );
  const limitMb = useSettingsStore((s) => s.settings?.logs.spoolLimitMb ?? SPOOL_LIMIT_MB.default);

  if (explore) {
    const since = epochSeconds(range.since);
    const until = epochSeconds(range.until);
    // The limit applies to views opened after it changes: a running spool keeps its own.
    const request: SpoolRequest = {
      ref: id,
      tail: 'all',
      follow: until === undefined,
      limitMb,
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
    };
    return (
      <div className="logs">
        <div className="log-toolbar">
          <button
            type="button"
            className="button"
            onClick={() => {
              setExplore(false);
            }}
          >
            {t('backToTail')}
          </button>
          <SpoolLimitField t={t} />
        </div>
        <LogExplorer name={name} request={request} options={options} onOptions={setOptions} />
      </div>
    );
  }
  return (
    <LogConsole
      id={id}
      name={name}
      range={range}
      onRange={setRange}
      options={options}
      onOptions={setOptions}
      onExplore={() => {
        setExplore(true);
      }}
    />
  );
}

function LogConsole({
  id,
  name,
  range,
  onRange: setRange,
  options,
  onOptions,
  onExplore,
}: {
  readonly id: string;
  readonly name: string;
  readonly range: LogRange;
  readonly onRange: (range: LogRange) => void;
  readonly options: LogOptions;
  readonly onOptions: (change: Partial<LogOptions>) => void;
  readonly onExplore: () => void;
}) {
  const t = useT(messages);
  const host = useRef<HTMLDivElement>(null);
  const { timestamps, wrap } = options;
  const filter = useMemo(
    () => ({ stdout: options.stdout, stderr: options.stderr }),
    [options.stdout, options.stderr],
  );
  const [paused, setPaused] = useState(false);
  const [scrollback, setScrollback] = useState(DEFAULT_SCROLLBACK);

  const request = useMemo((): LogsRequest => {
    const until = epochSeconds(range.until);
    return {
      ref: id,
      tail: range.tail,
      timestamps,
      since: epochSeconds(range.since),
      until,
      // A closed range has an end: nothing to follow.
      follow: until === undefined,
    };
  }, [id, range, timestamps]);

  const controls = useLogTerminal(host, { request, filter, wrap, paused, scrollback });
  const { kit, record, status, dropped, scrolledUp, hasSelection, results } = controls;
  const holding = paused || scrolledUp;

  return (
    <div className="logs">
      <div className="log-toolbar">
        <LogOptionsForm
          key={`${range.tail}|${range.since}|${range.until}`}
          range={range}
          onApply={setRange}
        />
        <button type="button" className="button" onClick={onExplore}>
          {t('loadFull')}
        </button>
      </div>
      <div className="log-toolbar">
        <Check
          label={t('timestamps')}
          checked={timestamps}
          onChange={(on) => onOptions({ timestamps: on })}
        />
        <Check label={t('showStdout')} checked={filter.stdout} onChange={(on) => onOptions({ stdout: on })} />
        <Check label={t('showStderr')} checked={filter.stderr} onChange={(on) => onOptions({ stderr: on })} />
        <Check label={t('wrap')} checked={wrap} onChange={(on) => onOptions({ wrap: on })} />
        <label className="field field-inline">
          <span>{t('scrollback')}</span>
          <input
            type="number"
            min={1000}
            max={1_000_000}
            step={1000}
            value={scrollback}
            onChange={(event) => {
              const n = Number(event.currentTarget.value);
              if (Number.isInteger(n) && n >= 1000 && n <= 1_000_000) setScrollback(n);
            }}
          />
        </label>
      </div>
      <div className="log-toolbar">
        <LogSearch kit={kit} results={results} />
        <span className="toolbar-gap" />
        <button
          type="button"
          className="button"
          onClick={() => {
            if (holding) {
              setPaused(false);
              kit.current?.term.scrollToBottom();
            } else setPaused(true);
          }}
        >
          {holding ? t('resume') : t('pause')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!hasSelection}
          onClick={() => {
            const text = kit.current?.term.getSelection() ?? '';
            navigator.clipboard.writeText(text).catch(() => {
              notify(t('copyFailed'), [t('copyRefused')]);
            });
          }}
        >
          {t('copy')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            kit.current?.term.clear();
            record.current.clear();
          }}
        >
          {t('clear')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            save(record.current.blobParts(), name);
          }}
        >
          {t('save')}
        </button>
      </div>
      <p role="status" className={status.state === 'failed' ? 'log-status error' : 'log-status muted'}>
        {statusText(t, status, paused, scrolledUp, dropped)}
      </p>
      <div
        ref={host}
        className={wrap ? 'terminal-host' : 'terminal-host no-wrap'}
        role="region"
        aria-label={t('logsOf', { name })}
      />
      {!wrap && <p className="muted hint-line">{t('noWrap')}</p>}
    </div>
  );
}
