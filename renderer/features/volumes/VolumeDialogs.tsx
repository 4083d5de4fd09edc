import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import type { VolumeImportResult, VolumeInspect, VolumeSummary } from '../../../shared/contract/volumes.js';
import { useClient } from '../../lib/client-context.js';
import { uploadFile } from '../../ipc/transfers.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Modal } from '../../ui/Modal.js';
import { JsonTree } from '../inspect/index.js';
import { checkVolumeForm, volumeNameProblem, type VolumeForm } from './volume-form.js';
import { closeDialog, say, useVolumesStore } from './volumes-store.js';
import { FormActions } from '../../ui/FormActions.js';
import { SafeText } from '../../ui/SafeText.js';

export function VolumeDialogs() {
  const dialog = useVolumesStore((s) => s.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'create':
      return <CreateVolumeDialog />;
    case 'import':
      return <ImportVolumeDialog />;
    case 'inspect':
      return <InspectVolumeDialog name={dialog.name} />;
    case 'remove':
      return <RemoveVolumeDialog volume={dialog.volume} />;
  }
}

function CreateVolumeDialog() {
  const client = useClient();
  const titleId = useId();
  const ids = { name: useId(), driver: useId(), driverOpts: useId(), labels: useId(), error: useId() };
  const [form, setForm] = useState<VolumeForm>({ name: '', driver: 'local', driverOpts: '', labels: '' });
  const [problem, setProblem] = useState<{ field: keyof VolumeForm | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkVolumeForm(form);
    if (!checked.ok) {
      setProblem({ field: checked.field, text: checked.problem });
      return;
    }
    setBusy(true);
    try {
      const created = await client.invoke('volumes.create', checked.request);
      say(`Created volume ${created.name}.`);
      closeDialog();
    } catch (err) {
      setProblem({ field: null, text: errorMessage(err) });
      setBusy(false);
    }
  };

  const field = (key: keyof VolumeForm) => ({
    id: ids[key],
    value: form[key],
    'aria-invalid': problem?.field === key ? true : undefined,
    'aria-describedby': problem?.field === key ? ids.error : undefined,
    onChange: (event: { currentTarget: { value: string } }) => {
      setForm({ ...form, [key]: event.currentTarget.value });
    },
  });

  return (
    <Modal labelledBy={titleId} onCancel={closeDialog}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>Create volume</h2>
        <div className="form-grid">
          <label htmlFor={ids.name}>Name</label>
          <input {...field('name')} data-autofocus maxLength={255} spellCheck={false} />
          <label htmlFor={ids.driver}>Driver</label>
          <input {...field('driver')} maxLength={128} spellCheck={false} />
          <label htmlFor={ids.driverOpts}>Driver options</label>
          <textarea {...field('driverOpts')} rows={3} placeholder="type=tmpfs" spellCheck={false} />
          <label htmlFor={ids.labels}>Labels</label>
          <textarea {...field('labels')} rows={3} placeholder="team=web" spellCheck={false} />
        </div>
        <p className="hint">Options and labels: one key=value per line.</p>
        {problem && (
          <p id={ids.error} role="alert" className="log-status error">
            {problem.text}
          </p>
        )}
        <FormActions onCancel={closeDialog} busy={busy} submit="Create" />
      </form>
    </Modal>
  );
}

function ImportVolumeDialog() {
  const client = useClient();
  const titleId = useId();
  const nameId = useId();
  const fileId = useId();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const nameProblem = volumeNameProblem(name.trim());
    if (nameProblem || !file) {
      setProblem(nameProblem ?? 'Choose a .tar file to import.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const ticket = await client.invoke('volumes.import', { name: name.trim(), driver: 'local' });
      const result = await uploadFile<VolumeImportResult>(ticket, file);
      say(`Imported ${result.entries} entries into the new volume ${result.name}.`);
      closeDialog();
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={titleId} onCancel={closeDialog}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>Import volume</h2>
        <p>A tar archive (such as an export) is unpacked into a new volume.</p>
        <div className="form-grid">
          <label htmlFor={nameId}>New volume name</label>
          <input
            id={nameId}
            data-autofocus
            value={name}
            maxLength={255}
            spellCheck={false}
            onChange={(event) => {
              setName(event.currentTarget.value);
            }}
          />
          <label htmlFor={fileId}>Tar file</label>
          <input
            id={fileId}
            type="file"
            accept=".tar,application/x-tar"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
            }}
          />
        </div>
        {busy && (
          <p role="status" className="muted">
            Importing…
          </p>
        )}
        {problem && (
          <p role="alert" className="log-status error">
            {problem}
          </p>
        )}
        <FormActions onCancel={closeDialog} busy={busy} submit="Import" />
      </form>
    </Modal>
  );
}

function InspectVolumeDialog({ name }: { readonly name: string }) {
  const client = useClient();
  const titleId = useId();
  const [doc, setDoc] = useState<VolumeInspect | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    client.invoke('volumes.inspect', { name }).then(
      (value) => {
        if (!cancelled) setDoc(value);
      },
      (err: unknown) => {
        if (!cancelled) setProblem(errorMessage(err));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, name]);
  return (
    <Modal labelledBy={titleId} onCancel={closeDialog} className="wide">
      <h2 id={titleId}>
        Volume <SafeText text={name} />
      </h2>
      {problem && (
        <p role="alert" className="log-status error">
          {problem}
        </p>
      )}
      {!doc && !problem && (
        <p role="status" className="muted">
          Loading…
        </p>
      )}
      {doc && <JsonTree value={doc} copyValue={doc} label={`Inspect document of ${name}`} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeDialog} data-autofocus>
          Close
        </button>
      </div>
    </Modal>
  );
}

function RemoveVolumeDialog({ volume }: { readonly volume: VolumeSummary }) {
  const client = useClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      await client.invoke('volumes.remove', { name: volume.name });
      say(`Removed volume ${volume.name}.`);
      closeDialog();
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title="Remove volume"
      description={
        <>
          Remove <SafeText text={volume.name} /> and all its data? This cannot be undone.
          {volume.usedBy.length > 0 && ` It is used by ${volume.usedBy.map((u) => u.name).join(', ')}.`}
        </>
      }
      after={
        problem && (
          <p role="alert" className="log-status error">
            {problem}
          </p>
        )
      }
      confirm="Remove"
      confirmDisabled={busy}
      onConfirm={() => void remove()}
      onCancel={closeDialog}
    />
  );
}
