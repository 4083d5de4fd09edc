import { useId, useState } from 'react';
import type { VolumeSummary } from '../../../shared/contract/volumes.js';
import { useClient } from '../../lib/client-context.js';
import { startDownload } from '../../ipc/transfers.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { Table } from '../../ui/Table.js';
import { formatModified } from '../container-files/index.js';
import { PruneDialog } from '../prune/index.js';
import { useVolumesFeed } from './use-volumes-feed.js';
import { VolumeBrowser } from './VolumeBrowser.js';
import { VolumeDialogs } from './VolumeDialogs.js';
import { browseVolume, openDialog, say, useVolumesStore } from './volumes-store.js';
import './volumes.css';
import { SafeText } from '../../ui/SafeText.js';

function UsedBy({ volume }: { readonly volume: VolumeSummary }) {
  if (volume.usedBy.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="inline-list">
      {volume.usedBy.map((user) => (
        <li key={user.id}>
          <SafeText text={user.name} /> <span className="muted">({user.state})</span>
        </li>
      ))}
    </ul>
  );
}

function VolumeRow({ volume }: { readonly volume: VolumeSummary }) {
  const client = useClient();
  const size = useVolumesStore((s) => s.sizes.get(volume.name));
  const exportVolume = async (): Promise<void> => {
    try {
      startDownload(await client.invoke('volumes.export', { name: volume.name }));
      say(`Exporting ${volume.name} to ${volume.name}.tar…`);
    } catch (err) {
      say(errorMessage(err));
    }
  };
  return (
    <tr>
      <th scope="row">
        <SafeText text={volume.name} />
      </th>
      <td>{volume.driver}</td>
      <td>{size === undefined ? <span className="muted">…</span> : formatBytes(size)}</td>
      <td>
        <UsedBy volume={volume} />
      </td>
      <td>{formatModified(volume.created)}</td>
      <td className="mountpoint" title={volume.mountpoint}>
        {volume.mountpoint}
      </td>
      <td className="volume-actions">
        <button
          type="button"
          className="button ghost"
          aria-label={`Browse ${volume.name}`}
          onClick={() => {
            browseVolume(volume.name);
          }}
        >
          Browse
        </button>
        <button
          type="button"
          className="button ghost"
          aria-label={`Inspect ${volume.name}`}
          onClick={() => {
            openDialog({ kind: 'inspect', name: volume.name });
          }}
        >
          Inspect
        </button>
        <button
          type="button"
          className="button ghost"
          aria-label={`Export ${volume.name}`}
          onClick={() => void exportVolume()}
        >
          Export
        </button>
        <button
          type="button"
          className="button ghost danger"
          aria-label={`Remove ${volume.name}`}
          onClick={() => {
            openDialog({ kind: 'remove', volume });
          }}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

/** Volumes: the list (live on volume events), create, import, inspect, export, remove, browse. */
export function VolumesView() {
  const client = useClient();
  useVolumesFeed(client);
  const headingId = useId();
  const volumes = useVolumesStore((s) => s.volumes);
  const problem = useVolumesStore((s) => s.problem);
  const message = useVolumesStore((s) => s.message);
  const browsing = useVolumesStore((s) => s.browsing);

  const [pruning, setPruning] = useState(false);

  if (browsing !== null) return <VolumeBrowser name={browsing} />;
  return (
    <section className="volumes-view" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>Volumes</h1>
      </header>
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            openDialog({ kind: 'create' });
          }}
        >
          Create volume
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            openDialog({ kind: 'import' });
          }}
        >
          Import volume…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setPruning(true);
          }}
        >
          Prune…
        </button>
      </div>
      {pruning && (
        <PruneDialog
          kinds={['volumes']}
          onClose={() => {
            setPruning(false);
          }}
        />
      )}
      {problem && (
        <p role="alert" className="log-status error">
          {problem}
        </p>
      )}
      {message && (
        <p role="status" className="log-status">
          <SafeText text={message} />
        </p>
      )}
      {volumes === null ? (
        !problem && (
          <p role="status" className="muted">
            Loading volumes…
          </p>
        )
      ) : volumes.length === 0 ? (
        <p role="status" className="muted">
          No volumes yet.
        </p>
      ) : (
        <Table
          scroll
          className="table volumes-table"
          label="Volumes"
          columns={[
            'Name',
            'Driver',
            'Size',
            'Used by',
            'Created',
            'Mountpoint',
            { title: 'Actions', hidden: true },
          ]}
        >
          {volumes.map((volume) => (
            <VolumeRow key={volume.name} volume={volume} />
          ))}
        </Table>
      )}
      <VolumeDialogs />
    </section>
  );
}
