import { useId, useState } from 'react';
import type { TagDetail } from '../../../shared/contract/discover.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { Table } from '../../ui/Table.js';
import { softDisabled } from '../../ui/soft-disabled.js';
import { useCliEngineLacks } from '../engine/index.js';
import { DeleteTagDialog } from './DeleteTagDialog.js';
import { setRunStatus } from './discover-store.js';
import { RunButtons } from './RunButtons.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** A tag's manifest: its images by platform with size, created and digest; run, pull, delete. */
export function TagPanel({ detail }: { readonly detail: TagDetail }) {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const [deleting, setDeleting] = useState(false);
  // An engine that ignores or refuses a pull's platform would fetch the wrong image: the buttons say why not.
  const platformLacked = useCliEngineLacks('imagePlatform');
  const pullFor = (platform: string): void => {
    client.invoke('discover.pull', { image: detail.reference, platform }).then(
      () => {
        setRunStatus(t('pullingFor', { image: detail.reference, platform }));
      },
      (err: unknown) => {
        setRunStatus(errorMessage(err));
      },
    );
  };
  return (
    <section aria-labelledby={headingId} className="discover-tag">
      <h3 id={headingId}>
        {detail.repository}:{detail.tag}
      </h3>
      <dl className="discover-facts">
        <dt>{t('digest')}</dt>
        <dd className="discover-digest">{detail.digest}</dd>
        <dt>{t('kind')}</dt>
        <dd>
          {detail.kind === 'index' ? t('manifestList', { mediaType: detail.mediaType }) : detail.mediaType}
        </dd>
      </dl>
      {!detail.runsOnEngine && (
        <div role="note" className="discover-notice">
          <p>
            {t('notForEngine', {
              platform: detail.enginePlatform ?? '',
              platforms: detail.images.map((i) => i.platform).join(', '),
            })}
          </p>
          {detail.images.map((image) => (
            <button
              key={image.digest}
              type="button"
              className="button"
              aria-description={platformLacked ?? undefined}
              title={platformLacked ?? undefined}
              {...softDisabled(platformLacked !== null, () => {
                pullFor(image.platform);
              })}
            >
              {t('pullFor', { platform: image.platform })}
            </button>
          ))}
        </div>
      )}
      <Table
        className="data-table"
        label={t('imagesOf', { name: `${detail.repository}:${detail.tag}` })}
        columns={[t('colPlatform'), t('colSize'), t('colCreated'), t('colDigest')]}
      >
        {detail.images.map((image) => (
          <tr key={image.digest}>
            <th scope="row">{image.platform}</th>
            <td title={t('bytes', { count: image.size })}>{formatBytes(image.size)}</td>
            <td>{image.created ?? '—'}</td>
            <td className="discover-digest">{image.digest}</td>
          </tr>
        ))}
      </Table>
      {detail.moreImages > 0 && <p className="muted">{t('morePlatforms', { count: detail.moreImages })}</p>}
      <div className="toolbar">
        {detail.runsOnEngine && <RunButtons image={detail.reference} />}
        <button
          type="button"
          className="button danger"
          aria-label={t('deleteTagNamed', { name: `${detail.repository}:${detail.tag}` })}
          onClick={() => {
            setDeleting(true);
          }}
        >
          {t('deleteTag')}
        </button>
      </div>
      {deleting && (
        <DeleteTagDialog
          detail={detail}
          onClose={() => {
            setDeleting(false);
          }}
        />
      )}
    </section>
  );
}
