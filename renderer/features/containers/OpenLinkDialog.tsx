import { useClient } from '../../lib/client-context.js';
import { linkOpenerFor } from '../../lib/open-link.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';

/** The user sees the whole address before anything opens it. */
export function OpenLinkDialog({ url, onClose }: { readonly url: string; readonly onClose: () => void }) {
  const client = useClient();
  return (
    <ConfirmDialog
      title="Open link"
      confirm="Open"
      tone="primary"
      focus="confirm"
      onConfirm={() => {
        onClose();
        void linkOpenerFor(client)(url);
      }}
      onCancel={onClose}
    >
      <p>Open this address in your browser?</p>
      <p className="url">
        <code>{url}</code>
      </p>
    </ConfirmDialog>
  );
}
