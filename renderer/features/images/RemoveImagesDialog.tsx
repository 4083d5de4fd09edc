import { useId, useState } from 'react';
import type { ImageSummary, RemoveOutcome } from '../../../shared/contract/images.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Modal } from '../../ui/Modal.js';
import { notify } from '../../lib/notifications-store.js';
import { shortId, usersText } from './image-rows.js';
import { closeRemove, useImagesStore } from './images-store.js';

const LISTED = 50;
const nameOf = (image: ImageSummary): string => image.repoTags.join(', ') || `<none> ${shortId(image.id)}`;

/**
 * Confirms removing images, naming each one and the containers that use it. Images in use are
 * never forced: they stay, and the dialog says which containers keep them. One image with
 * several names offers to untag one name instead of removing the image.
 */
function RemoveImages({ images }: { readonly images: readonly ImageSummary[] }) {
  const client = useClient();
  const titleId = useId();
  const descriptionId = useId();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<readonly RemoveOutcome[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const inUse = images.filter((image) => image.usedBy.length > 0);
  const removable = images.filter((image) => image.usedBy.length === 0);
  const single = images.length === 1 ? images[0] : undefined;

  const finish = (outcomes: readonly RemoveOutcome[], what: string): void => {
    setBusy(false);
    const failed = outcomes.filter((outcome) => !outcome.ok);
    const done = outcomes.length - failed.length;
    if (done > 0) notify(what.replace('{n}', String(done)));
    if (failed.length === 0) closeRemove();
    else setFailures(failed);
  };

  const run = (call: () => Promise<readonly RemoveOutcome[]>, what: string): void => {
    setBusy(true);
    setProblem(null);
    call().then(
      (outcomes) => {
        finish(outcomes, what);
      },
      (err: unknown) => {
        setBusy(false);
        setProblem(errorMessage(err));
      },
    );
  };

  return (
    <Modal labelledBy={titleId} describedBy={descriptionId} onCancel={closeRemove}>
      <h2 id={titleId}>{single ? 'Remove image' : `Remove ${images.length} images`}</h2>
      <p id={descriptionId}>
        {single ? `Remove ${nameOf(single)}? ` : 'Remove these images? '}
        Images in use by a container are never removed from here.
      </p>
      <ul className="name-list" aria-label="Images to remove">
        {images.slice(0, LISTED).map((image) => (
          <li key={image.id}>
            {nameOf(image)}
            {image.usedBy.length > 0 && <span className="hint"> — in use by {usersText(image)}: kept</span>}
          </li>
        ))}
        {images.length > LISTED && <li className="muted">…and {images.length - LISTED} more</li>}
      </ul>
      {inUse.length > 0 && (
        <p role="status">
          {inUse.length === 1 ? 'One image is' : `${inUse.length} images are`} used by containers (
          {inUse.map(usersText).join('; ')}): remove those containers first to remove{' '}
          {inUse.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      {single && single.repoTags.length > 1 && (
        <div className="untag-choice" role="group" aria-label="Untag one name instead">
          <p>This image has {single.repoTags.length} names. Remove just one name and keep the image:</p>
          {single.repoTags.map((reference) => (
            <button
              key={reference}
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                run(
                  () => client.invoke('images.untag', { references: [reference] }),
                  `Untagged ${reference}`,
                );
              }}
            >
              Untag {reference}
            </button>
          ))}
        </div>
      )}
      {failures.length > 0 && (
        <div role="alert" className="transfer-error">
          {failures.map((outcome) => (
            <p key={outcome.ref}>{outcome.error?.message ?? `${outcome.ref} was not removed.`}</p>
          ))}
        </div>
      )}
      {problem && <p role="alert">{problem}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeRemove} data-autofocus>
          Cancel
        </button>
        <button
          type="button"
          className="button danger-solid"
          disabled={busy || removable.length === 0}
          onClick={() => {
            run(
              () => client.invoke('images.remove', { ids: removable.map((image) => image.id), force: false }),
              single && single.repoTags.length > 1
                ? 'Removed the image and its names'
                : 'Removed {n} image(s)',
            );
          }}
        >
          {single && single.repoTags.length > 1
            ? `Remove image (all ${single.repoTags.length} names)`
            : 'Remove'}
        </button>
      </div>
    </Modal>
  );
}

export function RemoveImagesDialog() {
  const ids = useImagesStore((s) => s.removing);
  const images = useImagesStore((s) => s.images);
  if (!ids) return null;
  const chosen = images.filter((image) => ids.includes(image.id));
  if (chosen.length === 0) return null;
  return <RemoveImages images={chosen} />;
}
