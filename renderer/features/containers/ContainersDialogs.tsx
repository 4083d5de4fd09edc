import { useEffect, useMemo } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { closeLinkRequest, useLinkRequestStore } from '../../lib/confirm-link.js';
import { useContainersStore } from './containers-store.js';
import { closeDialog, useDialogsStore } from './dialogs-store.js';
import { OpenLinkDialog } from './OpenLinkDialog.js';
import { RemoveDialog } from './RemoveDialog.js';
import { NewGroupDialog } from './NewGroupDialog.js';

const NO_IDS: readonly string[] = [];

/** Hosts the confirmations rows and the toolbar ask for through the dialogs store. */
export function ContainersDialogs() {
  const dialog = useDialogsStore((s) => s.dialog);
  const linkUrl = useLinkRequestStore((s) => s.url);
  const byId = useContainersStore((s) => s.byId);
  const removeIds = dialog?.kind === 'remove' ? dialog.ids : NO_IDS;
  // Live: a container that changes state or disappears while the dialog is open is shown as it is.
  const toRemove = useMemo(
    () => removeIds.map((id) => byId.get(id)).filter((c): c is ContainerSummary => c !== undefined),
    [removeIds, byId],
  );
  const nothingLeft = dialog?.kind === 'remove' && toRemove.length === 0;

  useEffect(() => {
    if (nothingLeft) closeDialog();
  }, [nothingLeft]);
  // One confirmation at a time: a link asked for replaces an open remove confirmation.
  useEffect(() => {
    if (linkUrl !== null) closeDialog();
  }, [linkUrl]);

  if (linkUrl !== null) return <OpenLinkDialog key={linkUrl} url={linkUrl} onClose={closeLinkRequest} />;
  if (dialog?.kind === 'remove' && !nothingLeft)
    return <RemoveDialog containers={toRemove} onClose={closeDialog} />;
  if (dialog?.kind === 'new-group') return <NewGroupDialog members={dialog.members} onClose={closeDialog} />;
  return null;
}
