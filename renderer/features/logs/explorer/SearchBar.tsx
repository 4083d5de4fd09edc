import { useState } from 'react';
import type { SearchQuery } from '../../../../shared/logs/explorer.js';
import { useT } from '../../../i18n/index.js';
import { Checkbox } from '../../../ui/Checkbox.js';
import { messages } from '../messages.js';

export interface SearchForm {
  readonly text: string;
  readonly regex: boolean;
  readonly matchCase: boolean;
  readonly stdout: boolean;
  readonly stderr: boolean;
  readonly from: string;
  readonly to: string;
}

export const EMPTY_FORM: SearchForm = {
  text: '',
  regex: false,
  matchCase: false,
  stdout: true,
  stderr: true,
  from: '',
  to: '',
};

const epochMs = (local: string): number | undefined => {
  if (local === '') return undefined;
  const ms = new Date(local).getTime();
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
};

export const toQuery = (form: SearchForm): Omit<SearchQuery, 'levels'> => {
  const from = epochMs(form.from);
  const to = epochMs(form.to);
  return {
    text: form.text,
    regex: form.regex,
    matchCase: form.matchCase,
    streams: { stdout: form.stdout, stderr: form.stderr },
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
};

/** The search form: applied on submit (a search reads the whole spool, not one per keystroke). */
export function SearchBar({
  onSearch,
  timesReady,
}: {
  readonly onSearch: (form: SearchForm) => void;
  /** Time ranges wait for the lines' times (a range over lines without them would miss them). */
  readonly timesReady: boolean;
}) {
  const t = useT(messages);
  const [form, setForm] = useState<SearchForm>(EMPTY_FORM);
  const set = (change: Partial<SearchForm>): void => {
    setForm({ ...form, ...change });
  };
  return (
    <form
      className="log-search"
      role="search"
      aria-label={t('searchWhole')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(timesReady ? form : { ...form, from: '', to: '' });
      }}
    >
      <input
        type="search"
        className="search"
        aria-label={t('searchWhole')}
        placeholder={t('searchWhole')}
        value={form.text}
        maxLength={1000}
        onChange={(event) => {
          set({ text: event.currentTarget.value });
        }}
      />
      <Checkbox showLabel label={t('regex')} checked={form.regex} onChange={(regex) => set({ regex })} />
      <Checkbox
        showLabel
        label={t('matchCase')}
        checked={form.matchCase}
        onChange={(matchCase) => set({ matchCase })}
      />
      <Checkbox showLabel label={t('stdout')} checked={form.stdout} onChange={(stdout) => set({ stdout })} />
      <Checkbox showLabel label={t('stderr')} checked={form.stderr} onChange={(stderr) => set({ stderr })} />
      <label className="field field-inline">
        <span>{t('from')}</span>
        <input
          type="datetime-local"
          step={1}
          disabled={!timesReady}
          title={timesReady ? undefined : t('waitsForTimes')}
          value={form.from}
          onChange={(event) => {
            set({ from: event.currentTarget.value });
          }}
        />
      </label>
      <label className="field field-inline">
        <span>{t('to')}</span>
        <input
          type="datetime-local"
          step={1}
          disabled={!timesReady}
          title={timesReady ? undefined : t('waitsForTimes')}
          value={form.to}
          onChange={(event) => {
            set({ to: event.currentTarget.value });
          }}
        />
      </label>
      <button type="submit" className="button">
        {t('search')}
      </button>
    </form>
  );
}
