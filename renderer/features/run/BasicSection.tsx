import { useId } from 'react';
import { useT } from '../../i18n/index.js';
import { runMessages } from './messages.js';
import { PullMissingImage } from './PullMissingImage.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage } from './fields.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

function ImageStatusLine() {
  const t = useT(runMessages);
  const image = useRunDialogStore((s) => s.image);
  const wanted = useRunDialogStore((s) => s.form.image.trim());
  if (image.state === 'checking') return <span className="muted">{t('lookingForImage')}</span>;
  if (image.state === 'missing') {
    return (
      <>
        <span role="status" className="field-warning">
          {image.message}
        </span>
        <PullMissingImage key={wanted} image={wanted} />
      </>
    );
  }
  if (image.state === 'present') {
    const exposed = image.info.exposedPorts;
    return (
      <span className="muted">
        {exposed.length > 0 ? t('presentExposes', { ports: exposed.join(', ') }) : t('presentLocally')}
      </span>
    );
  }
  return null;
}

/** Name, image, command: what most containers need and nothing else. */
export function BasicSection({ errors }: SectionProps) {
  const form = useRunDialogStore((s) => s.form);
  const mode = useRunDialogStore((s) => s.mode);
  const targetRunning = useRunDialogStore((s) => s.target?.running ?? false);
  const images = useRunDialogStore((s) => s.localImages);
  const listId = useId();
  const engine = useEngineMessage('basic');
  const t = useT(runMessages);
  return (
    <fieldset className="run-section">
      <legend>{t('basicSection')}</legend>
      <div className="field-grid">
        <TextField
          label={t('name')}
          value={form.name}
          placeholder={t('namePlaceholder')}
          error={errors.name}
          onChange={(name) => {
            updateForm((f) => ({ ...f, name }));
          }}
        />
        <TextField
          label={t('image')}
          value={form.image}
          placeholder={t('imagePlaceholder')}
          list={listId}
          error={errors.image}
          hint={<ImageStatusLine />}
          onChange={(image) => {
            updateForm((f) => ({ ...f, image }));
          }}
        />
        <datalist id={listId}>
          {images.map((image) => (
            <option key={image.ref} value={image.ref} />
          ))}
        </datalist>
        <TextField
          label={t('command')}
          value={form.command}
          placeholder={t('commandPlaceholder')}
          error={errors.command}
          className="field wide"
          onChange={(command) => {
            updateForm((f) => ({ ...f, command }));
          }}
        />
      </div>
      {(mode !== 'edit' || !targetRunning) && (
        <Checkbox
          showLabel
          label={mode === 'edit' ? t('startAfterApply') : t('startAfterCreate')}
          checked={form.start}
          onChange={(start) => {
            updateForm((f) => ({ ...f, start }));
          }}
        />
      )}
      <EngineMessage message={engine} />
    </fieldset>
  );
}
