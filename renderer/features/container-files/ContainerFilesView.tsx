import { useMemo } from 'react';
import type { UploadResult } from '../../../shared/contract/files.js';
import { useClient } from '../../lib/client-context.js';
import { uploadFile } from '../../ipc/transfers.js';
import { FileBrowser } from './FileBrowser.js';
import type { FileSource } from './file-source.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** The "Files" tab: a container's filesystem, running or stopped, through the archive API. */
export function ContainerFilesView({ id, name }: { readonly id: string; readonly name: string }) {
  const client = useClient();
  const t = useT(messages);
  const source = useMemo<FileSource>(
    () => ({
      label: t('filesOf', { name }),
      list: (path) => client.invoke('files.list', { ref: id, path }),
      preview: (path) => client.invoke('files.preview', { ref: id, path }),
      download: (path, format) => client.invoke('files.download', { ref: id, path, format }),
      upload: async (dir, file) => {
        const ticket = await client.invoke('files.upload', {
          ref: id,
          dir,
          name: file.name,
          size: file.size,
        });
        return uploadFile<UploadResult>(ticket, file);
      },
    }),
    [client, id, name, t],
  );
  return <FileBrowser source={source} />;
}
