import { useRef, useState } from 'react';
import { useClient } from '../../lib/client-context.js';
import { loadImageTar, saveImages } from './image-tar-commands.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** "Save…": the chosen images as one tar file. Disabled while nothing is chosen. */
export function SaveImagesButton({ refs }: { readonly refs: readonly string[] }) {
  const client = useClient();
  const t = useT(messages);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={refs.length === 0 || busy}
      aria-label={refs.length > 1 ? t('saveMany', { count: refs.length }) : t('saveOne')}
      onClick={() => {
        setBusy(true);
        void saveImages(client, refs).finally(() => {
          setBusy(false);
        });
      }}
    >
      {t('save')}
    </button>
  );
}

/** "Load…": picks a tar made by `docker save` and loads it; progress shows in the task list. */
export function LoadImageButton() {
  const client = useClient();
  const t = useT(messages);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-label={t('loadLabel')}
        onClick={() => input.current?.click()}
      >
        {busy ? t('loading') : t('load')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".tar,application/x-tar"
        aria-label={t('loadFile')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          setBusy(true);
          void loadImageTar(client, file).finally(() => {
            setBusy(false);
          });
        }}
      />
    </>
  );
}
