import { useEffect, useId, useState } from 'react';
import type { StackSummary } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useSwarmStore } from '../swarm/index.js';
import { SafeText } from '../../ui/SafeText.js';
import { LoadStatus } from '../../ui/LoadStatus.js';

/** Stacks (services grouped by their namespace label); deploy a compose file, remove a stack. */
export function StacksPanel() {
  const client = useClient();
  const services = useSwarmStore((s) => s.services);
  const nameId = useId();
  const fileId = useId();
  const [stacks, setStacks] = useState<readonly StackSummary[]>([]);
  const [name, setName] = useState('');
  const [file, setFile] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    client.invoke('stacks.list', {}).then(setStacks, (err: unknown) => {
      setProblem(errorMessage(err));
    });
  }, [client, services]);
  return (
    <section className="panel" aria-label="Stacks">
      <h2>Stacks</h2>
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
              aria-label={`Remove stack ${stack.name}`}
              onClick={() => {
                client.invoke('stacks.remove', { name: stack.name }).then(
                  () => {
                    setMessage(`Stack ${stack.name} removed.`);
                  },
                  (err: unknown) => {
                    setProblem(errorMessage(err));
                  },
                );
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {stacks.length === 0 && <p className="muted">No stacks.</p>}
      <form
        className="form-grid"
        aria-label="Deploy a stack"
        onSubmit={(event) => {
          event.preventDefault();
          client.invoke('stacks.deploy', { name, file }).then(
            () => {
              setMessage(`Deploying ${name}… (progress in the tasks panel)`);
              setProblem(null);
            },
            (err: unknown) => {
              setProblem(errorMessage(err));
            },
          );
        }}
      >
        <label htmlFor={nameId}>Stack name</label>
        <input
          id={nameId}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
          }}
        />
        <label htmlFor={fileId}>Compose file (absolute path)</label>
        <input
          id={fileId}
          value={file}
          onChange={(e) => {
            setFile(e.currentTarget.value);
          }}
        />
        <span />
        <button type="submit" className="button" disabled={!name || !file}>
          Deploy stack
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
