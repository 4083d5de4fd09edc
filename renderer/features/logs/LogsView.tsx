import { useMemo, useRef, useState } from 'react';
import { notify } from '../../lib/notifications-store.js';
import { epochSeconds, fileName, type StreamFilter } from './log-format.js';
import { LogOptionsForm, type LogRange } from './LogOptionsForm.js';
import { LogSearch } from './LogSearch.js';
import { useLogTerminal, type LogsRequest, type LogStatus } from './use-log-terminal.js';

const DEFAULT_SCROLLBACK = 10_000;

const statusText = (status: LogStatus, paused: boolean, scrolledUp: boolean, dropped: number): string => {
  const parts: string[] = [];
  if (status.state === 'connecting') parts.push('Opening the log…');
  else if (status.state === 'streaming')
    parts.push(
      paused
        ? 'Paused: new output waits'
        : scrolledUp
          ? 'Scrolled up: new output is added below'
          : 'Following',
    );
  else if (status.state === 'ended') parts.push('The log stream ended');
  else if (status.message) parts.push(status.message);
  if (dropped > 0) parts.push(`${dropped.toLocaleString()} lines dropped`);
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

export function LogsView({ id, name }: { readonly id: string; readonly name: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<LogRange>({ tail: 1000, since: '', until: '' });
  const [timestamps, setTimestamps] = useState(false);
  const [filter, setFilter] = useState<StreamFilter>({ stdout: true, stderr: true });
  const [wrap, setWrap] = useState(true);
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
        <button
          type="button"
          className="button"
          disabled={range.tail === 'all' && range.since === ''}
          onClick={() => {
            setRange({ tail: 'all', since: '', until: range.until });
          }}
        >
          Load full history
        </button>
      </div>
      <div className="log-toolbar">
        <Check label="Timestamps" checked={timestamps} onChange={setTimestamps} />
        <Check
          label="Show stdout"
          checked={filter.stdout}
          onChange={(on) => setFilter({ ...filter, stdout: on })}
        />
        <Check
          label="Show stderr"
          checked={filter.stderr}
          onChange={(on) => setFilter({ ...filter, stderr: on })}
        />
        <Check label="Wrap lines" checked={wrap} onChange={setWrap} />
        <label className="field field-inline">
          <span>Scrollback lines</span>
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
          {holding ? 'Resume scrolling' : 'Pause scrolling'}
        </button>
        <button
          type="button"
          className="button"
          disabled={!hasSelection}
          onClick={() => {
            const text = kit.current?.term.getSelection() ?? '';
            navigator.clipboard.writeText(text).catch(() => {
              notify('Could not copy', ['The clipboard refused the text.']);
            });
          }}
        >
          Copy selection
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            kit.current?.term.clear();
            record.current.clear();
          }}
        >
          Clear
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            save(record.current.blobParts(), name);
          }}
        >
          Save log
        </button>
      </div>
      <p role="status" className={status.state === 'failed' ? 'log-status error' : 'log-status muted'}>
        {statusText(status, paused, scrolledUp, dropped)}
      </p>
      <div
        ref={host}
        className={wrap ? 'terminal-host' : 'terminal-host no-wrap'}
        role="region"
        aria-label={`Logs of ${name}`}
      />
      {!wrap && <p className="muted hint-line">Lines are not wrapped: scroll sideways to read long lines.</p>}
    </div>
  );
}
