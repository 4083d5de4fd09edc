import { useState } from 'react';
import { useT } from '../../../i18n/index.js';
import { messages } from '../messages.js';

/** First line, last line, a line number (1-based, as shown), a time (once the lines' times are in). */
export function JumpBar({
  onFirst,
  onLast,
  onLine,
  onTime,
  timesReady,
}: {
  readonly onFirst: () => void;
  readonly onLast: () => void;
  readonly onLine: (line: number) => void;
  readonly onTime: (ms: number) => void;
  readonly timesReady: boolean;
}) {
  const t = useT(messages);
  const [line, setLine] = useState('');
  const [time, setTime] = useState('');
  return (
    <div className="log-toolbar">
      <button type="button" className="button" onClick={onFirst}>
        {t('firstLine')}
      </button>
      <button type="button" className="button" onClick={onLast}>
        {t('lastLine')}
      </button>
      <form
        className="log-options"
        aria-label={t('goToLine')}
        onSubmit={(event) => {
          event.preventDefault();
          const n = Number(line);
          if (Number.isInteger(n) && n >= 1) onLine(n - 1);
        }}
      >
        <label className="field field-inline">
          <span>{t('lineNumber')}</span>
          <input
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={line}
            onChange={(event) => {
              setLine(event.currentTarget.value);
            }}
          />
        </label>
        <button type="submit" className="button">
          {t('goToLine')}
        </button>
      </form>
      <form
        className="log-options"
        aria-label={t('goToTime')}
        onSubmit={(event) => {
          event.preventDefault();
          const ms = new Date(time).getTime();
          if (timesReady && Number.isFinite(ms)) onTime(ms);
        }}
      >
        <label className="field field-inline">
          <span>{t('time')}</span>
          <input
            type="datetime-local"
            step={1}
            disabled={!timesReady}
            title={timesReady ? undefined : t('waitsForTimes')}
            value={time}
            onChange={(event) => {
              setTime(event.currentTarget.value);
            }}
          />
        </label>
        <button
          type="submit"
          className="button"
          disabled={!timesReady}
          title={timesReady ? undefined : t('waitsForTimes')}
        >
          {t('goToTime')}
        </button>
      </form>
    </div>
  );
}
