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
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { plainId } from '../../lib/engine-routing.js';
import {
  EngineFilterField,
  EngineName,
  useEngineLabel,
  useKeyLive,
  useShowsEngineColumn,
} from '../engine/index.js';

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

interface VolumeRowProps {
  readonly volume: VolumeSummary;
  /** "All engines": the row names its engine (in a cell, and in its buttons' names). */
  readonly withEngine: boolean;
  /** Its engine answers; a last-known row is read-only. */
  readonly live: boolean;
}

function VolumeRow({ volume, withEngine, live }: VolumeRowProps) {
  const client = useClient();
  const t = useT(messages);
  const size = useVolumesStore((s) => s.sizes.get(volume.name));
  // `volume.name` is keyed with its engine in engine views: requests route by it, people read the plain name.
  const name = plainId(volume.name);
  const engineLabel = useEngineLabel(volume.name);
  const named = withEngine ? t('onEngine', { name, engine: engineLabel }) : name;
  const exportVolume = async (): Promise<void> => {
    try {
      startDownload(await client.invoke('volumes.export', { name: volume.name }));
      say(translate(messages, 'exporting', { name }));
    } catch (err) {
      say(errorMessage(err));
    }
  };
  return (
    <tr>
      <th scope="row">
        <SafeText text={name} />
      </th>
      {withEngine && (
        <td>
          <EngineName objectKey={volume.name} />
        </td>
      )}
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
          aria-label={t('browseNamed', { name: named })}
          disabled={!live}
          onClick={() => {
            browseVolume(volume.name);
          }}
        >
          {t('browse')}
        </button>
        <button
          type="button"
          className="button ghost"
          aria-label={t('inspectNamed', { name: named })}
          disabled={!live}
          onClick={() => {
            openDialog({ kind: 'inspect', name: volume.name });
          }}
        >
          {t('inspect')}
        </button>
        <button
          type="button"
          className="button ghost"
          aria-label={t('exportNamed', { name: named })}
          disabled={!live}
          onClick={() => void exportVolume()}
        >
          {t('export')}
        </button>
        <button
          type="button"
          className="button ghost danger"
          aria-label={t('removeNamed', { name: named })}
          disabled={!live}
          onClick={() => {
            openDialog({ kind: 'remove', volume });
          }}
        >
          {t('remove')}
        </button>
      </td>
    </tr>
  );
}

/** Volumes: the list (live on volume events), create, import, inspect, export, remove, browse. */
export function VolumesView() {
  const t = useT(messages);
  const client = useClient();
  useVolumesFeed(client);
  const headingId = useId();
  const volumes = useVolumesStore((s) => s.volumes);
  const problem = useVolumesStore((s) => s.problem);
  const message = useVolumesStore((s) => s.message);
  const browsing = useVolumesStore((s) => s.browsing);

  const [pruning, setPruning] = useState(false);
  const withEngine = useShowsEngineColumn();
  const keyLive = useKeyLive();

  if (browsing !== null) return <VolumeBrowser name={browsing} />;
  return (
    <section className="volumes-view" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
      </header>
      <div className="toolbar">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            openDialog({ kind: 'create' });
          }}
        >
          {t('create')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            openDialog({ kind: 'import' });
          }}
        >
          {t('import')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setPruning(true);
          }}
        >
          {t('prune')}
        </button>
        {withEngine && <EngineFilterField />}
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
            {t('loading')}
          </p>
        )
      ) : volumes.length === 0 ? (
        <p role="status" className="muted">
          {t('empty')}
        </p>
      ) : (
        <Table
          scroll
          className="table volumes-table"
          label={t('title')}
          columns={[
            t('colName'),
            ...(withEngine ? [t('colEngine')] : []),
            t('colDriver'),
            t('colSize'),
            t('colUsedBy'),
            t('colCreated'),
            t('colMountpoint'),
            { title: t('colActions'), hidden: true },
          ]}
        >
          {volumes.map((volume) => (
            <VolumeRow
              key={volume.name}
              volume={volume}
              withEngine={withEngine}
              live={keyLive(volume.name)}
            />
          ))}
        </Table>
      )}
      <VolumeDialogs />
    </section>
  );
}
