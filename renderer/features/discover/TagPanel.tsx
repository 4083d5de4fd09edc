import { useId, useState } from 'react';
import type { TagDetail } from '../../../shared/contract/discover.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { Table } from '../../ui/Table.js';
import { DeleteTagDialog } from './DeleteTagDialog.js';
import { setRunStatus } from './discover-store.js';
import { RunButtons } from './RunButtons.js';

/** A tag's manifest: its images by platform with size, created and digest; run, pull, delete. */
export function TagPanel({ detail }: { readonly detail: TagDetail }) {
  const client = useClient();
  const headingId = useId();
  const [deleting, setDeleting] = useState(false);
  const pullFor = (platform: string): void => {
    client.invoke('discover.pull', { image: detail.reference, platform }).then(
      () => {
        setRunStatus(`Pulling ${detail.reference} for ${platform}…`);
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
        <dt>Digest</dt>
        <dd className="discover-digest">{detail.digest}</dd>
        <dt>Kind</dt>
        <dd>{detail.kind === 'index' ? `manifest list (${detail.mediaType})` : detail.mediaType}</dd>
      </dl>
      {!detail.runsOnEngine && (
        <div role="note" className="discover-notice">
          <p>
            No image of this tag runs on this engine ({detail.enginePlatform}). It has:{' '}
            {detail.images.map((i) => i.platform).join(', ')}.
          </p>
          {detail.images.map((image) => (
            <button
              key={image.digest}
              type="button"
              className="button"
              onClick={() => {
                pullFor(image.platform);
              }}
            >
              Pull for {image.platform}
            </button>
          ))}
        </div>
      )}
      <Table
        className="data-table"
        label={`Images of ${detail.repository}:${detail.tag}`}
        columns={['Platform', 'Size', 'Created', 'Digest']}
      >
        {detail.images.map((image) => (
          <tr key={image.digest}>
            <th scope="row">{image.platform}</th>
            <td title={`${image.size} bytes`}>{formatBytes(image.size)}</td>
            <td>{image.created ?? '—'}</td>
            <td className="discover-digest">{image.digest}</td>
          </tr>
        ))}
      </Table>
      {detail.moreImages > 0 && <p className="muted">…and {detail.moreImages} more platforms.</p>}
      <div className="toolbar">
        {detail.runsOnEngine && <RunButtons image={detail.reference} />}
        <button
          type="button"
          className="button danger"
          aria-label={`Delete tag ${detail.repository}:${detail.tag}…`}
          onClick={() => {
            setDeleting(true);
          }}
        >
          Delete tag…
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
