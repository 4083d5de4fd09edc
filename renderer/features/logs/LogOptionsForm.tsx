import { useState } from 'react';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

export interface LogRange {
  readonly tail: number | 'all';
  readonly since: string;
  readonly until: string;
}

/** The fields that reopen the stream are applied together, not on every keystroke. */
export function LogOptionsForm({
  range,
  onApply,
}: {
  readonly range: LogRange;
  readonly onApply: (range: LogRange) => void;
}) {
  const t = useT(messages);
  const [tail, setTail] = useState(range.tail === 'all' ? '' : String(range.tail));
  const [since, setSince] = useState(range.since);
  const [until, setUntil] = useState(range.until);
  const tailValid = tail === '' || /^\d{1,8}$/.test(tail);
  return (
    <form
      className="log-options"
      aria-label={t('range')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!tailValid) return;
        onApply({ tail: tail === '' ? 'all' : Number(tail), since, until });
      }}
    >
      <label className="field">
        <span>{t('linesOfHistory')}</span>
        <input
          type="number"
          min={0}
          max={10_000_000}
          step={1}
          inputMode="numeric"
          placeholder={t('all')}
          value={tail}
          aria-invalid={!tailValid || undefined}
          onChange={(event) => {
            setTail(event.currentTarget.value);
          }}
        />
      </label>
      <label className="field">
        <span>{t('since')}</span>
        <input
          type="datetime-local"
          step={1}
          value={since}
          onChange={(event) => {
            setSince(event.currentTarget.value);
          }}
        />
      </label>
      <label className="field">
        <span>{t('until')}</span>
        <input
          type="datetime-local"
          step={1}
          value={until}
          onChange={(event) => {
            setUntil(event.currentTarget.value);
          }}
        />
      </label>
      <button type="submit" className="button">
        {t('apply')}
      </button>
    </form>
  );
}
