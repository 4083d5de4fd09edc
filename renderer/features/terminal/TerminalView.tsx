import { useId, useState } from 'react';
import { TabList, TabPanel } from '../../ui/Tabs.js';
import { splitCommand, USER_PATTERN } from './command-line.js';
import { ExecSession, type SessionSpec } from './ExecSession.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

let nextKey = 1;

/** Exec sessions as sub-tabs; each runs until closed (or the detail view closes). */
export function TerminalView({ id, running }: { readonly id: string; readonly running: boolean }) {
  const prefix = useId();
  const t = useT(messages);
  const [sessions, setSessions] = useState<readonly SessionSpec[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [command, setCommand] = useState('');
  const [user, setUser] = useState('');
  const argv = splitCommand(command);
  const commandError = argv === null ? 'A quote is not closed.' : null;
  const userError = user !== '' && !USER_PATTERN.test(user) ? 'Use a name or uid, optionally :group.' : null;

  const close = (key: number): void => {
    const rest = sessions.filter((s) => s.key !== key);
    setSessions(rest);
    if (selected === key) setSelected(rest.at(-1)?.key ?? null);
  };

  return (
    <div className="terminal-view">
      <form
        className="log-toolbar"
        aria-label={t('newSessionForm')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!running || argv === null || userError) return;
          const key = nextKey++;
          const label = `${argv.length > 0 ? argv.join(' ') : 'shell'}${user ? ` (${user})` : ''} #${key}`;
          setSessions([
            ...sessions,
            { key, label, ...(argv.length > 0 ? { command: argv } : {}), ...(user ? { user } : {}) },
          ]);
          setSelected(key);
        }}
      >
        <label className="field">
          <span>{t('command')}</span>
          <input
            type="text"
            placeholder={t('commandPlaceholder')}
            value={command}
            spellCheck={false}
            aria-invalid={commandError ? true : undefined}
            aria-describedby={commandError ? `${prefix}-command-error` : undefined}
            onChange={(event) => {
              setCommand(event.currentTarget.value);
            }}
          />
        </label>
        <label className="field">
          <span>{t('user')}</span>
          <input
            type="text"
            placeholder={t('userPlaceholder')}
            value={user}
            spellCheck={false}
            aria-invalid={userError ? true : undefined}
            aria-describedby={userError ? `${prefix}-user-error` : undefined}
            onChange={(event) => {
              setUser(event.currentTarget.value.trim());
            }}
          />
        </label>
        <button
          type="submit"
          className="button"
          disabled={!running || commandError !== null || userError !== null}
        >
          {t('newSession')}
        </button>
        {commandError && (
          <span id={`${prefix}-command-error`} className="hint">
            {commandError}
          </span>
        )}
        {userError && (
          <span id={`${prefix}-user-error`} className="hint">
            {userError}
          </span>
        )}
      </form>
      {!running && <p className="muted">{t('notRunning')}</p>}
      {sessions.length === 0 ? (
        running && <p className="muted">{t('noSession')}</p>
      ) : (
        <>
          <TabList
            label={t('sessions')}
            className="tabs subtabs"
            tabs={sessions.map((s) => ({ id: String(s.key), label: s.label }))}
            selected={String(selected ?? '')}
            onSelect={(key) => {
              setSelected(Number(key));
            }}
            idPrefix={prefix}
          />
          {sessions.map((s) => (
            <TabPanel
              key={s.key}
              idPrefix={prefix}
              id={String(s.key)}
              selected={s.key === selected}
              className="tab-panel session-panel"
            >
              <div className="session-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    close(s.key);
                  }}
                >
                  {t('closeSession')}
                </button>
              </div>
              <ExecSession id={id} spec={s} selected={s.key === selected} />
            </TabPanel>
          ))}
        </>
      )}
    </div>
  );
}
