import { useId, useState } from 'react';
import { chunkByEngine, onEngineOf } from '../../lib/engine-routing.js';
import type { ImageSummary, RemoveOutcome } from '../../../shared/contract/images.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Modal } from '../../ui/Modal.js';
import { notify } from '../../lib/notifications-store.js';
import { shortId, usersText } from './image-rows.js';
import { closeRemove, useImagesStore } from './images-store.js';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const LISTED = 50;
const nameOf = (image: ImageSummary): string => image.repoTags.join(', ') || `<none> ${shortId(image.id)}`;

/**
 * Confirms removing images, naming each one and the containers that use it. Images in use are
 * never forced: they stay, and the dialog says which containers keep them. One image with
 * several names offers to untag one name instead of removing the image.
 */
function RemoveImages({ images }: { readonly images: readonly ImageSummary[] }) {
  const client = useClient();
  const t = useT(messages);
  const titleId = useId();
  const descriptionId = useId();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<readonly RemoveOutcome[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const inUse = images.filter((image) => image.usedBy.length > 0);
  const removable = images.filter((image) => image.usedBy.length === 0);
  const single = images.length === 1 ? images[0] : undefined;

  const finish = (outcomes: readonly RemoveOutcome[], what: (done: number) => string): void => {
    setBusy(false);
    const failed = outcomes.filter((outcome) => !outcome.ok);
    const done = outcomes.length - failed.length;
    if (done > 0) notify(what(done));
    if (failed.length === 0) closeRemove();
    else setFailures(failed);
  };

  const run = (call: () => Promise<readonly RemoveOutcome[]>, what: (done: number) => string): void => {
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
      <h2 id={titleId}>{single ? t('removeOneTitle') : t('removeManyTitle', { count: images.length })}</h2>
      <p id={descriptionId}>{single ? t('askOne', { name: nameOf(single) }) : t('askMany')}</p>
      <ul className="name-list" aria-label={t('toRemove')}>
        {images.slice(0, LISTED).map((image) => (
          <li key={image.id}>
            {nameOf(image)}
            {image.usedBy.length > 0 && (
              <span className="hint">{t('keptInUse', { users: usersText(image) })}</span>
            )}
          </li>
        ))}
        {images.length > LISTED && <li className="muted">{t('more', { count: images.length - LISTED })}</li>}
      </ul>
      {inUse.length > 0 && (
        <p role="status">{t('inUse', { count: inUse.length, users: inUse.map(usersText).join('; ') })}</p>
      )}
      {single && single.repoTags.length > 1 && (
        <div className="untag-choice" role="group" aria-label={t('untagGroup')}>
          <p>{t('untagAsk', { count: single.repoTags.length })}</p>
          {single.repoTags.map((reference) => (
            <button
              key={reference}
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                run(
                  () => client.invoke('images.untag', { references: [onEngineOf(single.id, reference)] }),
                  () => translate(messages, 'untagged', { reference }),
                );
              }}
            >
              {t('untagNamed', { reference })}
            </button>
          ))}
        </div>
      )}
      {failures.length > 0 && (
        <div role="alert" className="transfer-error">
          {failures.map((outcome) => (
            <p key={outcome.ref}>{outcome.error?.message ?? t('notRemoved', { ref: outcome.ref })}</p>
          ))}
        </div>
      )}
      {problem && <p role="alert">{problem}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeRemove} data-autofocus>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="button danger-solid"
          disabled={busy || removable.length === 0}
          onClick={() => {
            run(
              // A selection across engines is one call per engine (a call names one engine).
              () =>
                Promise.all(
                  chunkByEngine(
                    removable.map((image) => image.id),
                    500,
                  ).map((ids) => client.invoke('images.remove', { ids, force: false })),
                ).then((parts) => parts.flat()),
              single && single.repoTags.length > 1
                ? () => translate(messages, 'removedWithNames')
                : (done) => translate(messages, 'removed', { count: done }),
            );
          }}
        >
          {single && single.repoTags.length > 1
            ? t('removeAllNames', { count: single.repoTags.length })
            : t('remove')}
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
