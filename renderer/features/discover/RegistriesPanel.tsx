import { useId, useState, type SyntheticEvent } from 'react';
import { parseBrowsableRegistry } from '../../../shared/discover/registry-address.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { TextField } from '../../ui/TextField.js';
import { openRegistry, useDiscoverStore } from './discover-store.js';

/** Private registries: those the docker CLI is logged in to, and those added here by address. */
export function RegistriesPanel() {
  const client = useClient();
  const headingId = useId();
  const registries = useDiscoverStore((s) => s.registries);
  const problem = useDiscoverStore((s) => s.registriesProblem);
  const [address, setAddress] = useState('');
  const [addProblem, setAddProblem] = useState<string | null>(null);

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const parsed = parseBrowsableRegistry(address);
    if (!parsed.ok) {
      setAddProblem(parsed.message);
      return;
    }
    client.invoke('discover.addRegistry', { registry: parsed.address }).then(
      (list) => {
        useDiscoverStore.setState({ registries: list });
        setAddress('');
        setAddProblem(null);
      },
      (err: unknown) => {
        setAddProblem(errorMessage(err));
      },
    );
  };

  const remove = (registry: string): void => {
    client.invoke('discover.removeRegistry', { registry }).then(
      (list) => {
        useDiscoverStore.setState({ registries: list });
      },
      (err: unknown) => {
        setAddProblem(errorMessage(err));
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="discover-registries">
      <h2 id={headingId}>Private registries</h2>
      {problem && <p role="alert">{problem}</p>}
      {registries.length === 0 ? (
        <p className="muted">No registries yet: log in to one from Images, or add one by address.</p>
      ) : (
        <ul className="discover-list" aria-label="Registries">
          {registries.map((registry) => (
            <li key={registry.address}>
              <span className="discover-image-name">{registry.address}</span>
              <span className="muted">
                {registry.loggedIn
                  ? `logged in${registry.helper ? ` (${registry.helper})` : ''}`
                  : 'no login'}
                {registry.scheme === 'http' ? ' · http (loopback)' : ''}
              </span>
              <button
                type="button"
                className="button"
                aria-label={`Browse ${registry.address}`}
                onClick={() => void openRegistry(client, registry.address)}
              >
                Browse
              </button>
              {registry.added && (
                <button
                  type="button"
                  className="button ghost"
                  aria-label={`Forget ${registry.address}`}
                  onClick={() => {
                    remove(registry.address);
                  }}
                >
                  Forget
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="discover-search" aria-label="Add a registry" onSubmit={onSubmit} noValidate>
        <TextField
          label="Registry address"
          className="discover-field"
          value={address}
          error={addProblem ?? undefined}
          placeholder="127.0.0.1:5000, registry.example.com"
          onChange={(value) => {
            setAddress(value);
            setAddProblem(null);
          }}
        />
        <button type="submit" className="button">
          Add registry
        </button>
      </form>
    </section>
  );
}
