import { useState } from 'react';

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
  const [tail, setTail] = useState(range.tail === 'all' ? '' : String(range.tail));
  const [since, setSince] = useState(range.since);
  const [until, setUntil] = useState(range.until);
  const tailValid = tail === '' || /^\d{1,8}$/.test(tail);
  return (
    <form
      className="log-options"
      aria-label="Log range"
      onSubmit={(event) => {
        event.preventDefault();
        if (!tailValid) return;
        onApply({ tail: tail === '' ? 'all' : Number(tail), since, until });
      }}
    >
      <label className="field">
        <span>Lines of history</span>
        <input
          type="number"
          min={0}
          max={10_000_000}
          step={1}
          inputMode="numeric"
          placeholder="all"
          value={tail}
          aria-invalid={!tailValid || undefined}
          onChange={(event) => {
            setTail(event.currentTarget.value);
          }}
        />
      </label>
      <label className="field">
        <span>Since</span>
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
        <span>Until</span>
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
        Apply
      </button>
    </form>
  );
}
