import { useEffect, useId, useMemo } from 'react';
import { isValid, imageProblem, validateForm } from '../../../shared/run/validate-form.js';
import { useClient } from '../../lib/client-context.js';
import { Modal } from '../../ui/Modal.js';
import { AdvancedSection } from './AdvancedSection.js';
import { BasicSection } from './BasicSection.js';
import { CommandPreview } from './CommandPreview.js';
import { CreatedPanel } from './CreatedPanel.js';
import { EditReview } from './EditReview.js';
import { EnvSection } from './EnvSection.js';
import { NetworkSection } from './NetworkSection.js';
import { PortsSection } from './PortsSection.js';
import { checkImage, checkPorts, loadContainer, loadPickLists, submitRun } from './run-commands.js';
import { closeRunDialog, setPhase, useRunDialogStore, type RunMode } from './run-dialog-store.js';
import { VolumesSection } from './VolumesSection.js';
import './run-dialog.css';

const TITLES: Readonly<Record<RunMode, string>> = {
  create: 'New container',
  edit: 'Edit container',
  clone: 'Clone container',
};

const SUBMIT: Readonly<Record<RunMode, string>> = {
  create: 'Create container',
  edit: 'Review changes',
  clone: 'Create clone',
};

/** Waits until typing pauses before asking the backend. */
const PAUSE_MS = 300;

/** Loads what the dialog needs and keeps the image and port checks current while typing. */
function useDialogChecks(): void {
  const client = useClient();
  const session = useRunDialogStore((s) => s.session);
  const ref = useRunDialogStore((s) => s.ref);
  const form = useRunDialogStore((s) => s.form);
  const loading = useRunDialogStore((s) => s.phase === 'loading');
  const image = form.image.trim();
  const ports = form.ports;

  useEffect(() => {
    void loadPickLists(client, session);
    if (ref) void loadContainer(client, session, ref);
  }, [client, session, ref]);

  useEffect(() => {
    if (loading || imageProblem(image) !== null) return;
    const timer = setTimeout(() => void checkImage(client, session, image), PAUSE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [client, session, image, loading]);

  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(
      () => void checkPorts(client, session, useRunDialogStore.getState().form),
      PAUSE_MS,
    );
    return () => {
      clearTimeout(timer);
    };
  }, [client, session, ports, loading]);
}

/** The run dialog: create, edit or clone a container, with the equivalent docker run command. */
export function RunDialog() {
  const client = useClient();
  const titleId = useId();
  const mode = useRunDialogStore((s) => s.mode);
  const phase = useRunDialogStore((s) => s.phase);
  const form = useRunDialogStore((s) => s.form);
  const target = useRunDialogStore((s) => s.target);
  const original = useRunDialogStore((s) => s.original);
  const loadError = useRunDialogStore((s) => s.loadError);
  const created = useRunDialogStore((s) => s.created);
  const submitError = useRunDialogStore((s) => s.submitError);
  const errors = useMemo(() => validateForm(form), [form]);
  const valid = isValid(errors);
  useDialogChecks();

  const title = target && mode !== 'create' ? `${TITLES[mode]} ${target.name}` : TITLES[mode];
  const submitting = phase === 'submitting';

  let body;
  if (phase === 'loading') {
    body = <p role="status">Loading the container’s settings…</p>;
  } else if (loadError) {
    body = (
      <>
        <p role="alert" className="engine-error">
          Could not read the container: {loadError}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={closeRunDialog}>
            Close
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
            Back
          </button>
          <button
            type="button"
            className="button primary"
            data-autofocus
            onClick={() => void submitRun(client)}
          >
            Apply changes
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
          <BasicSection errors={errors} />
          <PortsSection errors={errors} />
          <EnvSection errors={errors} />
          <VolumesSection errors={errors} />
          <NetworkSection errors={errors} />
          <AdvancedSection errors={errors} />
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
              {mode === 'edit' ? 'Applying…' : 'Creating…'}
            </span>
          )}
          <button type="button" className="button" onClick={closeRunDialog}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!valid || submitting}>
            {SUBMIT[mode]}
          </button>
        </div>
      </form>
    );
  }

  return (
    <Modal labelledBy={titleId} onCancel={closeRunDialog} className="run-dialog">
      <h2 id={titleId} data-dialog-title={TITLES[mode]}>
        {title}
      </h2>
      {body}
    </Modal>
  );
}
