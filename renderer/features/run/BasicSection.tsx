import { useId } from 'react';
import { PullMissingImage } from './PullMissingImage.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage } from './fields.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

function ImageStatusLine() {
  const image = useRunDialogStore((s) => s.image);
  const wanted = useRunDialogStore((s) => s.form.image.trim());
  if (image.state === 'checking') return <span className="muted">Looking for the image…</span>;
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
        Present locally{exposed.length > 0 ? ` · exposes ${exposed.join(', ')}` : ''}
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
  return (
    <fieldset className="run-section">
      <legend>Basic</legend>
      <div className="field-grid">
        <TextField
          label="Name"
          value={form.name}
          placeholder="empty: Docker picks one"
          error={errors.name}
          onChange={(name) => {
            updateForm((f) => ({ ...f, name }));
          }}
        />
        <TextField
          label="Image"
          value={form.image}
          placeholder="repository:tag"
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
          label="Command"
          value={form.command}
          placeholder="empty: the image's command"
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
          label={mode === 'edit' ? 'Start after applying' : 'Start after create'}
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
