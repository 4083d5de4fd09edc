import { useEffect, useId, useMemo } from 'react';
import { isValid, imageProblem, validateForm } from '../../../shared/run/validate-form.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { Modal } from '../../ui/Modal.js';
import { AdvancedOptions } from './AdvancedOptions.js';
import { AdvancedSection } from './AdvancedSection.js';
import { BasicSection } from './BasicSection.js';
import { CommandPreview } from './CommandPreview.js';
import { CreatedPanel } from './CreatedPanel.js';
import { EditReview } from './EditReview.js';
import { EnvSection } from './EnvSection.js';
import { runMessages } from './messages.js';
import { NetworkSection } from './NetworkSection.js';
import { PortsSection } from './PortsSection.js';
import { RunEngineField } from './RunEngineField.js';
import { wordErrors } from './problem-words.js';
import { checkImage, checkPorts, loadContainer, loadPickLists, submitRun } from './run-commands.js';
import { closeRunDialog, setPhase, useRunDialogStore, type RunMode } from './run-dialog-store.js';
import { VolumesSection } from './VolumesSection.js';
import './run-dialog.css';

const TITLES = { create: 'titleCreate', edit: 'titleEdit', clone: 'titleClone' } as const satisfies Readonly<
  Record<RunMode, string>
>;

const SUBMIT = {
  create: 'submitCreate',
  edit: 'submitEdit',
  clone: 'submitClone',
} as const satisfies Readonly<Record<RunMode, string>>;

/** Waits until typing pauses before asking the backend. */
const PAUSE_MS = 300;

/** Loads what the dialog needs and keeps the image and port checks current while typing. */
function useDialogChecks(): void {
  const client = useClient();
  const session = useRunDialogStore((s) => s.session);
  const ref = useRunDialogStore((s) => s.ref);
  const engine = useRunDialogStore((s) => s.engine);
  const form = useRunDialogStore((s) => s.form);
  const loading = useRunDialogStore((s) => s.phase === 'loading');
  const image = form.image.trim();
  const ports = form.ports;

  useEffect(() => {
    if (ref) void loadContainer(client, session, ref);
  }, [client, session, ref]);

  // Images, networks and volumes are the target engine's: picked again when it changes.
  useEffect(() => {
    void loadPickLists(client, session);
  }, [client, session, engine]);

  useEffect(() => {
    if (loading || imageProblem(image) !== null) return;
    const timer = setTimeout(() => void checkImage(client, session, image), PAUSE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [client, session, image, loading, engine]);

  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(
      () => void checkPorts(client, session, useRunDialogStore.getState().form),
      PAUSE_MS,
    );
    return () => {
      clearTimeout(timer);
    };
  }, [client, session, ports, loading, engine]);
}

/** The run dialog: create, edit or clone a container, with the equivalent docker run command. */
export function RunDialog() {
  const client = useClient();
  const t = useT(runMessages);
  const titleId = useId();
  const mode = useRunDialogStore((s) => s.mode);
  const phase = useRunDialogStore((s) => s.phase);
  const form = useRunDialogStore((s) => s.form);
  const target = useRunDialogStore((s) => s.target);
  const original = useRunDialogStore((s) => s.original);
  const loadError = useRunDialogStore((s) => s.loadError);
  const created = useRunDialogStore((s) => s.created);
  const submitError = useRunDialogStore((s) => s.submitError);
  const rawErrors = useMemo(() => validateForm(form), [form]);
  const valid = isValid(rawErrors);
  // Worded on every render (cheap), so a change of language re-words them too.
  const errors = wordErrors(rawErrors);
  useDialogChecks();

  const title =
    target && mode !== 'create'
      ? t('titleNamed', { title: t(TITLES[mode]), name: target.name })
      : t(TITLES[mode]);
  const submitting = phase === 'submitting';

  let body;
  if (phase === 'loading') {
    body = <p role="status">{t('loadingContainer')}</p>;
  } else if (loadError) {
    body = (
      <>
        <p role="alert" className="engine-error">
          {t('loadFailed', { message: loadError })}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={closeRunDialog}>
            {t('close')}
          </button>
        </div>
      </>
    );
  } else if (phase === 'created' && created) {
    body = <CreatedPanel created={created} />;
  } else if (phase === 'review' && target && original) {
    body = (
      <>
        <EditReview target={target} original={original} form={form} />
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setPhase('form');
            }}
          >
            {t('back')}
          </button>
          <button
            type="button"
            className="button primary"
            data-autofocus
            onClick={() => void submitRun(client)}
          >
            {t('applyChanges')}
          </button>
        </div>
      </>
    );
  } else {
    body = (
      <form
        className="run-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid || submitting) return;
          if (mode === 'edit') setPhase('review');
          else void submitRun(client);
        }}
      >
        <div className="run-form-scroll">
          <RunEngineField />
          <BasicSection errors={errors} />
          <PortsSection errors={errors} />
          <EnvSection errors={errors} />
          <VolumesSection errors={errors} />
          <NetworkSection errors={errors} />
          <AdvancedSection errors={errors} />
          <AdvancedOptions errors={errors} />
        </div>
        <CommandPreview valid={valid} />
        {submitError && (
          <p role="alert" className="field-error">
            {submitError}
          </p>
        )}
        <div className="dialog-actions">
          {submitting && (
            <span role="status" className="muted">
              {mode === 'edit' ? t('applying') : t('creating')}
            </span>
          )}
          <button type="button" className="button" onClick={closeRunDialog}>
            {t('cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!valid || submitting}>
            {t(SUBMIT[mode])}
          </button>
        </div>
      </form>
    );
  }

  return (
    <Modal labelledBy={titleId} onCancel={closeRunDialog} className="run-dialog">
      <h2 id={titleId} data-dialog-title={t(TITLES[mode])}>
        {title}
      </h2>
      {body}
    </Modal>
  );
}
