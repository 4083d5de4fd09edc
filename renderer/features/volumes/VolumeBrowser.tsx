import { useId, useMemo } from 'react';
import { useClient } from '../../lib/client-context.js';
import { FileBrowser, type FileSource } from '../container-files/index.js';
import { browseVolume } from './volumes-store.js';
import { SafeText } from '../../ui/SafeText.js';

/** A volume's files, read-only, through a short-lived helper container per request. */
export function VolumeBrowser({ name }: { readonly name: string }) {
  const client = useClient();
  const headingId = useId();
  const source = useMemo<FileSource>(
    () => ({
      label: `Files in volume ${name}`,
      list: (path) => client.invoke('volumes.browse', { name, path }),
      preview: (path) => client.invoke('volumes.preview', { name, path }),
      download: (path, format) => client.invoke('volumes.download', { name, path, format }),
    }),
    [client, name],
  );
  return (
    <section className="volumes-view" aria-labelledby={headingId}>
      <header className="detail-header">
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            browseVolume(null);
          }}
        >
          ← Back to volumes
        </button>
        <h1 id={headingId}>
          Volume <SafeText text={name} />
        </h1>
        <span className="muted">read-only</span>
      </header>
      <FileBrowser source={source} />
    </section>
  );
}
