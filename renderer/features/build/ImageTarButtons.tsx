import { useRef, useState } from 'react';
import { useClient } from '../../lib/client-context.js';
import { loadImageTar, saveImages } from './image-tar-commands.js';

/** "Save…": the chosen images as one tar file. Disabled while nothing is chosen. */
export function SaveImagesButton({ refs }: { readonly refs: readonly string[] }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={refs.length === 0 || busy}
      aria-label={refs.length > 1 ? `Save ${refs.length} images to a tar file` : 'Save image to a tar file'}
      onClick={() => {
        setBusy(true);
        void saveImages(client, refs).finally(() => {
          setBusy(false);
        });
      }}
    >
      Save…
    </button>
  );
}

/** "Load…": picks a tar made by `docker save` and loads it; progress shows in the task list. */
export function LoadImageButton() {
  const client = useClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-label="Load images from a tar file"
        onClick={() => input.current?.click()}
      >
        {busy ? 'Loading…' : 'Load…'}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".tar,application/x-tar"
        aria-label="Image tar file to load"
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
