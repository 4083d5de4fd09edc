import { useClient } from '../../lib/client-context.js';
import { linkOpenerFor } from '../../lib/open-link.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** The user sees the whole address before anything opens it. */
export function OpenLinkDialog({ url, onClose }: { readonly url: string; readonly onClose: () => void }) {
  const client = useClient();
  const t = useT(messages);
  return (
    <ConfirmDialog
      title={t('openLinkTitle')}
      confirm={t('openLinkConfirm')}
      tone="primary"
      focus="confirm"
      onConfirm={() => {
        onClose();
        void linkOpenerFor(client)(url);
      }}
      onCancel={onClose}
    >
      <p>{t('openLinkQuestion')}</p>
      <p className="url">
        <code>{url}</code>
      </p>
    </ConfirmDialog>
  );
}
