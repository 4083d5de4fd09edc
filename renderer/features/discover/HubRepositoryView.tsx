import { SafeText } from '../../ui/SafeText.js';
import { useId } from 'react';
import type { HubRepositoryPage } from '../../../shared/contract/discover.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { Table } from '../../ui/Table.js';
import { closeHubRepository } from './discover-store.js';
import { RunButtons } from './RunButtons.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** A Docker Hub repository: its summary and tags (size per platform, last pushed, digest). */
export function HubRepositoryView({ page }: { readonly page: HubRepositoryPage }) {
  const headingId = useId();
  const t = useT(messages);
  return (
    <section aria-labelledby={headingId} className="discover-hub-repository">
      <button type="button" className="button ghost" onClick={closeHubRepository}>
        {t('back')}
      </button>
      <h2 id={headingId}>{page.name}</h2>
      {page.description && (
        <p>
          <SafeText text={page.description} />
        </p>
      )}
      {page.summary && (
        <p className="muted">
          <SafeText text={page.summary} />
        </p>
      )}
      <Table
        className="data-table"
        label={t('tagsOf', { name: page.name })}
        columns={[
          t('colTag'),
          t('colPlatforms'),
          t('colLastPushed'),
          t('colDigest'),
          { title: t('colActions'), hidden: true },
        ]}
      >
        {page.tags.map((tag) => (
          <tr key={tag.name}>
            <th scope="row">
              <SafeText text={tag.name} />
            </th>
            <td>
              <ul className="inline-list">
                {tag.images.map((image) => (
                  <li
                    key={`${image.platform}-${image.digest ?? ''}`}
                    title={t('bytes', { count: image.size })}
                  >
                    {image.platform} {formatBytes(image.size)}
                  </li>
                ))}
              </ul>
            </td>
            <td>{tag.lastPushed ? new Date(tag.lastPushed).toISOString().slice(0, 10) : '—'}</td>
            <td className="discover-digest">{tag.digest ?? '—'}</td>
            <td>
              <RunButtons image={`${page.name}:${tag.name}`} />
            </td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
