import { useId } from 'react';
import { useClient } from '../../lib/client-context.js';
import { Modal } from '../../ui/Modal.js';
import { linkOpenerFor } from '../../lib/open-link.js';

/** The user sees the whole address before anything opens it. */
export function OpenLinkDialog({ url, onClose }: { readonly url: string; readonly onClose: () => void }) {
  const client = useClient();
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId}>Open link</h2>
      <p>Open this address in your browser?</p>
      <p className="url">
        <code>{url}</code>
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          data-autofocus
          onClick={() => {
            onClose();
            void linkOpenerFor(client)(url);
          }}
        >
          Open
        </button>
      </div>
    </Modal>
  );
}
