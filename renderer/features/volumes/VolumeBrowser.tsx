import { useId, useMemo } from 'react';
import { useClient } from '../../lib/client-context.js';
import { FileBrowser, type FileSource } from '../container-files/index.js';
import { browseVolume } from './volumes-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { useT } from '../../i18n/index.js';
import { plainId } from '../../lib/engine-routing.js';
import { messages } from './messages.js';

/** A volume's files, read-only, through a short-lived helper container per request. */
export function VolumeBrowser({ name }: { readonly name: string }) {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  // `name` may be keyed with its engine: requests route by it, people read the plain name.
  const shown = plainId(name);
  const source = useMemo<FileSource>(
    () => ({
      label: t('filesIn', { name: shown }),
      list: (path) => client.invoke('volumes.browse', { name, path }),
      preview: (path) => client.invoke('volumes.preview', { name, path }),
      download: (path, format) => client.invoke('volumes.download', { name, path, format }),
    }),
    [client, name, shown, t],
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
          {t('back')}
        </button>
        <h1 id={headingId}>
          <SafeText text={t('volumeHeading', { name: shown })} />
        </h1>
        <span className="muted">{t('readOnly')}</span>
      </header>
      <FileBrowser source={source} />
    </section>
  );
}
