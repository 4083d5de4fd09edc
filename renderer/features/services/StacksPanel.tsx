import { useId, useMemo, useState } from 'react';
import type { ServiceSummary, StackSummary } from '../../../shared/swarm/swarm-types.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { messages } from './messages.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useSwarmStore } from '../swarm-state/index.js';
import { SafeText } from '../../ui/SafeText.js';
import { LoadStatus } from '../../ui/LoadStatus.js';

/**
 * The stacks, grouped here from the live services list as the backend's stacks.list groups them
 * (by the namespace label, by name): no call on every pushed change of a task's count.
 */
const stacksOf = (services: ReadonlyMap<string, ServiceSummary>): StackSummary[] => {
  const byStack = new Map<string, { id: string; name: string }[]>();
  const sorted = [...services.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const s of sorted) {
    if (s.stack === null) continue;
    byStack.set(s.stack, [...(byStack.get(s.stack) ?? []), { id: s.id, name: s.name }]);
  }
  return [...byStack.entries()]
    .map(([name, list]) => ({ name, services: list }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
};

/** Stacks (services grouped by their namespace label); deploy a compose file, remove a stack. */
export function StacksPanel() {
  const client = useClient();
  const t = useT(messages);
  const services = useSwarmStore((s) => s.services);
  const nameId = useId();
  const fileId = useId();
  const stacks = useMemo(() => stacksOf(services), [services]);
  const [name, setName] = useState('');
  const [file, setFile] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section className="panel" aria-label={t('stacks')}>
      <h2>{t('stacks')}</h2>
      <ul className="inline-list">
        {stacks.map((stack) => (
          <li key={stack.name}>
            <strong>
              <SafeText text={stack.name} />
            </strong>
            : <SafeText text={stack.services.map((s) => s.name).join(', ')} />{' '}
            <button
              type="button"
              className="button ghost danger"
              aria-label={t('removeStack', { name: stack.name })}
              onClick={() => {
                client.invoke('stacks.remove', { name: stack.name }).then(
                  () => {
                    setMessage(t('stackRemoved', { name: stack.name }));
                  },
                  (err: unknown) => {
                    setProblem(errorMessage(err));
                  },
                );
              }}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      {stacks.length === 0 && <p className="muted">{t('noStacks')}</p>}
      <form
        className="form-grid"
        aria-label={t('deployStackForm')}
        onSubmit={(event) => {
          event.preventDefault();
          client.invoke('stacks.deploy', { name, file }).then(
            () => {
              setMessage(t('deploying', { name }));
              setProblem(null);
            },
            (err: unknown) => {
              setProblem(errorMessage(err));
            },
          );
        }}
      >
        <label htmlFor={nameId}>{t('stackName')}</label>
        <input
          id={nameId}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
          }}
        />
        <label htmlFor={fileId}>{t('composeFile')}</label>
        <input
          id={fileId}
          value={file}
          onChange={(e) => {
            setFile(e.currentTarget.value);
          }}
        />
        <span />
        <button type="submit" className="button" disabled={!name || !file}>
          {t('deployStack')}
        </button>
      </form>
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
      <LoadStatus problem={problem} />
    </section>
  );
}
