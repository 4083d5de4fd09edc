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
import { translate, useT } from '../../i18n/index.js';
import { plainId } from '../../lib/engine-routing.js';
import { useTargetEngine } from '../engine/index.js';
import { messages } from './messages.js';

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
  const t = useT(messages);
  // One engine shown (chosen, or narrowed by the Engine filter): the volume is made there.
  const target = useTargetEngine();
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
      const created = await client.invoke('volumes.create', { ...checked.request, ...target });
      say(translate(messages, 'created', { name: created.name }));
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
        <h2 id={titleId}>{t('createTitle')}</h2>
        <div className="form-grid">
          <label htmlFor={ids.name}>{t('fieldName')}</label>
          <input {...field('name')} data-autofocus maxLength={255} spellCheck={false} />
          <label htmlFor={ids.driver}>{t('fieldDriver')}</label>
          <input {...field('driver')} maxLength={128} spellCheck={false} />
          <label htmlFor={ids.driverOpts}>{t('fieldDriverOpts')}</label>
          <textarea {...field('driverOpts')} rows={3} placeholder={t('optsExample')} spellCheck={false} />
          <label htmlFor={ids.labels}>{t('fieldLabels')}</label>
          <textarea {...field('labels')} rows={3} placeholder={t('labelsExample')} spellCheck={false} />
        </div>
        <p className="hint">{t('keyValueHint')}</p>
        {problem && (
          <p id={ids.error} role="alert" className="log-status error">
            {problem.text}
          </p>
        )}
        <FormActions onCancel={closeDialog} busy={busy} submit={t('createSubmit')} />
      </form>
    </Modal>
  );
}

function ImportVolumeDialog() {
  const client = useClient();
  const t = useT(messages);
  const target = useTargetEngine();
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
      setProblem(nameProblem ?? t('chooseTar'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const ticket = await client.invoke('volumes.import', { name: name.trim(), driver: 'local', ...target });
      const result = await uploadFile<VolumeImportResult>(ticket, file);
      say(translate(messages, 'imported', { count: result.entries, name: result.name }));
      closeDialog();
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={titleId} onCancel={closeDialog}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>{t('importTitle')}</h2>
        <p>{t('importIntro')}</p>
        <div className="form-grid">
          <label htmlFor={nameId}>{t('newName')}</label>
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
          <label htmlFor={fileId}>{t('tarFile')}</label>
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
            {t('importing')}
          </p>
        )}
        {problem && (
          <p role="alert" className="log-status error">
            {problem}
          </p>
        )}
        <FormActions onCancel={closeDialog} busy={busy} submit={t('importSubmit')} />
      </form>
    </Modal>
  );
}

function InspectVolumeDialog({ name }: { readonly name: string }) {
  const client = useClient();
  const t = useT(messages);
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
        <SafeText text={t('volumeHeading', { name: plainId(name) })} />
      </h2>
      {problem && (
        <p role="alert" className="log-status error">
          {problem}
        </p>
      )}
      {!doc && !problem && (
        <p role="status" className="muted">
          {t('loadingDoc')}
        </p>
      )}
      {doc && <JsonTree value={doc} copyValue={doc} label={t('inspectDoc', { name: plainId(name) })} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeDialog} data-autofocus>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}

function RemoveVolumeDialog({ volume }: { readonly volume: VolumeSummary }) {
  const client = useClient();
  const t = useT(messages);
  const name = plainId(volume.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      await client.invoke('volumes.remove', { name: volume.name });
      say(translate(messages, 'removed', { name }));
      closeDialog();
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t('removeTitle')}
      description={
        <>
          <SafeText text={t('removeAsk', { name })} />
          {volume.usedBy.length > 0 &&
            ` ${t('usedBy', { names: volume.usedBy.map((u) => u.name).join(', ') })}`}
        </>
      }
      after={
        problem && (
          <p role="alert" className="log-status error">
            {problem}
          </p>
        )
      }
      confirm={t('remove')}
      confirmDisabled={busy}
      onConfirm={() => void remove()}
      onCancel={closeDialog}
    />
  );
}
