import { useEffect, useId } from 'react';
import { useClient } from '../../lib/client-context.js';
import { loadFavorites, loadRegistries, setFavorites, useDiscoverStore } from './discover-store.js';
import { FavoritesPanel } from './FavoritesPanel.js';
import { HubRepositoryView } from './HubRepositoryView.js';
import { HubSearch } from './HubSearch.js';
import { RegistriesPanel } from './RegistriesPanel.js';
import { RegistryBrowser } from './RegistryBrowser.js';
import './discover.css';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** Discover and run (Kitematic's first screen): recent and starred, Docker Hub, private registries. */
export function DiscoverView() {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const browse = useDiscoverStore((s) => s.browse);
  const hubRepository = useDiscoverStore((s) => s.hubRepository);
  const runStatus = useDiscoverStore((s) => s.runStatus);

  useEffect(() => {
    const offReady = client.onReady(() => {
      void loadRegistries(client);
      void loadFavorites(client);
    });
    const offFavorites = client.on('discover.favoritesChanged', setFavorites);
    return () => {
      offReady();
      offFavorites();
    };
  }, [client]);

  return (
    <section className="discover-view" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
      </header>
      <p role="status" className="discover-status">
        {runStatus}
      </p>
      {browse ? (
        <RegistryBrowser browse={browse} />
      ) : hubRepository ? (
        <HubRepositoryView page={hubRepository} />
      ) : (
        <>
          <FavoritesPanel />
          <HubSearch />
          <RegistriesPanel />
        </>
      )}
    </section>
  );
}
