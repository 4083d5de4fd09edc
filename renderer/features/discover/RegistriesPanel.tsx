import { useId, useState, type SyntheticEvent } from 'react';
import { parseBrowsableRegistry } from '../../../shared/discover/registry-address.js';
import { DEFAULT_REGISTRY, parseRegistryHost } from '../../../shared/images/reference.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { TextField } from '../../ui/TextField.js';
import { openRegistry, useDiscoverStore } from './discover-store.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** Why an address was refused, worded here (the shared parser's text is English only). */
const addressProblem = (input: string): 'addressEmpty' | 'addressHub' | 'addressInvalid' => {
  if (!input.trim()) return 'addressEmpty';
  const host = parseRegistryHost(input);
  return host.ok && host.host === DEFAULT_REGISTRY ? 'addressHub' : 'addressInvalid';
};

/** Private registries: those the docker CLI is logged in to, and those added here by address. */
export function RegistriesPanel() {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const registries = useDiscoverStore((s) => s.registries);
  const problem = useDiscoverStore((s) => s.registriesProblem);
  const [address, setAddress] = useState('');
  const [addProblem, setAddProblem] = useState<string | null>(null);

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const parsed = parseBrowsableRegistry(address);
    if (!parsed.ok) {
      setAddProblem(t(addressProblem(address), { input: address.trim().slice(0, 80) }));
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
      <h2 id={headingId}>{t('registriesTitle')}</h2>
      {problem && <p role="alert">{problem}</p>}
      {registries.length === 0 ? (
        <p className="muted">{t('registriesEmpty')}</p>
      ) : (
        <ul className="discover-list" aria-label={t('registries')}>
          {registries.map((registry) => (
            <li key={registry.address}>
              <span className="discover-image-name">{registry.address}</span>
              <span className="muted">
                {registry.loggedIn
                  ? registry.helper
                    ? t('loggedInWith', { helper: registry.helper })
                    : t('loggedIn')
                  : t('noLogin')}
                {registry.scheme === 'http' ? t('httpLoopback') : ''}
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('browseNamed', { name: registry.address })}
                onClick={() => void openRegistry(client, registry.address)}
              >
                {t('browse')}
              </button>
              {registry.added && (
                <button
                  type="button"
                  className="button ghost"
                  aria-label={t('forgetNamed', { name: registry.address })}
                  onClick={() => {
                    remove(registry.address);
                  }}
                >
                  {t('forget')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="discover-search" aria-label={t('addRegistryForm')} onSubmit={onSubmit} noValidate>
        <TextField
          label={t('registryAddress')}
          className="discover-field"
          value={address}
          error={addProblem ?? undefined}
          placeholder={t('addressPlaceholder')}
          onChange={(value) => {
            setAddress(value);
            setAddProblem(null);
          }}
        />
        <button type="submit" className="button">
          {t('addRegistry')}
        </button>
      </form>
    </section>
  );
}
