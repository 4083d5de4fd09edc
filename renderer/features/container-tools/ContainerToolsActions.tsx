import { useState } from 'react';
import { errorMessage } from '../../ipc/rpc-error.js';
import { startDownload } from '../../ipc/transfers.js';
import { useClient } from '../../lib/client-context.js';
import { notify } from '../../lib/notifications-store.js';
import { useT } from '../../i18n/index.js';
import { CommitDialog } from './CommitDialog.js';
import { copyAsCompose } from './compose-commands.js';
import { messages } from './messages.js';
import { RenameDialog } from './RenameDialog.js';
import { UpdateCheck } from './UpdateCheck.js';

/** Rename, commit, export and copy as compose, for the container detail's header. */
export function ContainerToolsActions({
  id,
  name,
  image,
}: {
  readonly id: string;
  readonly name: string;
  readonly image: string;
}) {
  const client = useClient();
  const t = useT(messages);
  const [dialog, setDialog] = useState<'rename' | 'commit' | null>(null);
  const close = (): void => {
    setDialog(null);
  };

  const exportFilesystem = async (): Promise<void> => {
    try {
      startDownload(await client.invoke('containers.export', { ref: id }));
      notify(t('exportStarted', { name }));
    } catch (err) {
      notify(t('exportFailed', { name }), [errorMessage(err)]);
    }
  };

  return (
    <span className="detail-run-actions" role="group" aria-label={t('group', { name })}>
      <button
        type="button"
        className="button"
        onClick={() => {
          setDialog('rename');
        }}
      >
        {t('rename')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          setDialog('commit');
        }}
      >
        {t('commit')}
      </button>
      <button type="button" className="button" onClick={() => void exportFilesystem()}>
        {t('export')}
      </button>
      <button type="button" className="button" onClick={() => void copyAsCompose(client, [id], name)}>
        {t('compose')}
      </button>
      <UpdateCheck id={id} name={name} image={image} />
      {dialog === 'rename' && <RenameDialog id={id} name={name} onClose={close} />}
      {dialog === 'commit' && <CommitDialog id={id} name={name} onClose={close} />}
    </span>
  );
}
