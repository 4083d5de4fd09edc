import { SafeText } from '../../ui/SafeText.js';
import { useId } from 'react';
import { useClient } from '../../lib/client-context.js';
import { closeBrowse, moreRepositories, openRepository, openTag, type Browse } from './discover-store.js';
import { RunButtons } from './RunButtons.js';
import { TagPanel } from './TagPanel.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** One registry: its repositories (catalog, paged), a repository's tags, a tag's manifest. */
export function RegistryBrowser({ browse }: { readonly browse: Browse }) {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const reposId = useId();
  const tagsId = useId();
  const { registry, repository } = browse;
  return (
    <section aria-labelledby={headingId} className="discover-browser">
      <button type="button" className="button ghost" onClick={closeBrowse}>
        {t('back')}
      </button>
      <h2 id={headingId}>{registry}</h2>
      {browse.problem && <p role="alert">{browse.problem}</p>}
      {browse.loading && (
        <p role="status" className="muted">
          {t('loading')}
        </p>
      )}
      <div className="discover-columns">
        <nav aria-labelledby={reposId}>
          <h3 id={reposId}>{t('repositories')}</h3>
          <ul className="discover-picks" aria-labelledby={reposId}>
            {browse.repositories.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="button ghost"
                  aria-current={name === repository ? 'true' : undefined}
                  onClick={() => void openRepository(client, registry, name)}
                >
                  <SafeText text={name} />
                </button>
              </li>
            ))}
          </ul>
          {!browse.loading && !browse.problem && browse.repositories.length === 0 && (
            <p className="muted">{t('repositoriesEmpty')}</p>
          )}
          {browse.repositoriesNext && (
            <button
              type="button"
              className="button"
              onClick={() => void moreRepositories(client, registry, browse.repositoriesNext ?? undefined)}
            >
              {t('moreRepositories')}
            </button>
          )}
        </nav>
        {repository && (
          <nav aria-labelledby={tagsId}>
            <h3 id={tagsId}>{t('tagsOf', { name: repository })}</h3>
            {browse.tags.includes('latest') && <RunButtons image={`${registry}/${repository}:latest`} />}
            <ul className="discover-picks" aria-labelledby={tagsId}>
              {browse.tags.map((tag) => (
                <li key={tag}>
                  <button
                    type="button"
                    className="button ghost"
                    aria-current={tag === browse.tag ? 'true' : undefined}
                    onClick={() => void openTag(client, registry, repository, tag)}
                  >
                    <SafeText text={tag} />
                  </button>
                </li>
              ))}
            </ul>
            {browse.tagsNext && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  void openRepository(client, registry, repository, browse.tagsNext ?? undefined)
                }
              >
                {t('moreTags')}
              </button>
            )}
          </nav>
        )}
        {browse.detail && <TagPanel detail={browse.detail} />}
      </div>
    </section>
  );
}
