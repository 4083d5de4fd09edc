import { useId, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

export interface ServiceLogRange {
  /** Lines of history per task; null: all of it. */
  readonly tail: number | null;
  readonly follow: boolean;
}

const MAX_TAIL = 1_000_000;

/** How much history to load and whether to follow: applied together, as both reopen the stream. */
export function ServiceLogOptions({
  name,
  range,
  onApply,
}: {
  readonly name: string;
  readonly range: ServiceLogRange;
  readonly onApply: (range: ServiceLogRange) => void;
}) {
  const t = useT(messages);
  const problemId = useId();
  const [tail, setTail] = useState(range.tail === null ? '' : String(range.tail));
  const tailValid = tail === '' || (/^\d{1,7}$/.test(tail) && Number(tail) <= MAX_TAIL);
  return (
    <form
      className="log-options"
      aria-label={t('logOptions', { name })}
      onSubmit={(event) => {
        event.preventDefault();
        if (tailValid) onApply({ ...range, tail: tail === '' ? null : Number(tail) });
      }}
    >
      <label className="field">
        <span>{t('tailLines')}</span>
        <input
          type="number"
          min={0}
          max={MAX_TAIL}
          step={1}
          inputMode="numeric"
          placeholder={t('tailAll')}
          value={tail}
          aria-invalid={!tailValid || undefined}
          aria-describedby={tailValid ? undefined : problemId}
          onChange={(event) => {
            setTail(event.currentTarget.value);
          }}
        />
      </label>
      <button type="submit" className="button" disabled={!tailValid}>
        {t('apply')}
      </button>
      <label className="check-inline">
        <input
          type="checkbox"
          checked={range.follow}
          onChange={(event) => {
            onApply({ ...range, follow: event.currentTarget.checked });
          }}
        />
        {t('follow')}
      </label>
      {!tailValid && (
        <p id={problemId} className="field-error">
          {t('tailInvalid')}
        </p>
      )}
    </form>
  );
}
