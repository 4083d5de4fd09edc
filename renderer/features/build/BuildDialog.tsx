import { BrowseButton } from '../../ui/BrowseButton.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { Field } from '../../ui/Field.js';
import { useEffect, useId } from 'react';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Modal } from '../../ui/Modal.js';
import { notify } from '../../lib/notifications-store.js';
import { selectTask, TaskConsole, useTasksStore } from '../tasks/index.js';
import './build.css';
import { validateBuildForm } from './build-form.js';
import {
  backToForm,
  closeBuildDialog,
  measureContext,
  startBuild,
  updateForm,
  useBuildStore,
} from './build-store.js';
import { ContextSummary } from './ContextSummary.js';
import { KeyValueRows } from './KeyValueRows.js';
import { FormActions } from '../../ui/FormActions.js';

/** How long typing in the path pauses before the context is measured. */
const MEASURE_DELAY_MS = 400;

/** The build dialog, mounted once; `openBuildDialog()` shows it. */
export function BuildDialog() {
  const open = useBuildStore((s) => s.open);
  return open ? <BuildDialogContent /> : null;
}

function BuildDialogContent() {
  const titleId = useId();
  const taskId = useBuildStore((s) => s.taskId);
  return (
    <Modal labelledBy={titleId} onCancel={closeBuildDialog} className="build-dialog">
      <h2 id={titleId}>Build image</h2>
      {taskId ? <BuildRun taskId={taskId} /> : <BuildFormView />}
    </Modal>
  );
}

function BuildFormView() {
  const client = useClient();
  const form = useBuildStore((s) => s.form);
  const submitted = useBuildStore((s) => s.submitted);
  const measure = useBuildStore((s) => s.measure);
  const starting = useBuildStore((s) => s.starting);
  const startError = useBuildStore((s) => s.startError);
  const argsErrorId = useId();
  const labelsErrorId = useId();
  const errors = submitted ? validateBuildForm(form).errors : {};

  useEffect(() => {
    const timer = setTimeout(() => void measureContext(client), MEASURE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [client, form.contextPath, form.dockerfile]);

  return (
    <form
      className="build-form"
      aria-label="Build options"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void startBuild(client);
      }}
    >
      <Field
        className="build-field"
        label="Context folder"
        error={errors.contextPath}
        hint="An absolute path on the machine the engine’s client runs on (where Berth runs)."
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            data-autofocus
            value={form.contextPath}
            spellCheck={false}
            placeholder="/home/me/app"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => {
              updateForm({ contextPath: event.currentTarget.value });
            }}
          />
        )}
      </Field>
      <BrowseButton
        kind="folder"
        label="Context folder"
        current={form.contextPath}
        onPick={(contextPath) => {
          updateForm({ contextPath });
        }}
      />
      <Field
        className="build-field"
        label="Dockerfile"
        error={errors.dockerfile}
        hint="Relative to the context folder, or absolute."
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            value={form.dockerfile}
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => {
              updateForm({ dockerfile: event.currentTarget.value });
            }}
          />
        )}
      </Field>
      <ContextSummary measure={measure} onRefresh={() => void measureContext(client)} />
      <Field
        className="build-field"
        label="Tags"
        error={errors.tags}
        hint="Several tags separated by spaces or commas, e.g. app:1 app:latest."
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            value={form.tags}
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => {
              updateForm({ tags: event.currentTarget.value });
            }}
          />
        )}
      </Field>
      <KeyValueRows
        kind="buildArgs"
        noun="Build arg"
        rows={form.buildArgs}
        error={errors.buildArgs}
        errorId={argsErrorId}
      />
      <KeyValueRows
        kind="labels"
        noun="Label"
        rows={form.labels}
        error={errors.labels}
        errorId={labelsErrorId}
      />
      <Field className="build-field" label="Target stage" error={errors.target} hint="Empty: the last stage.">
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            value={form.target}
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => {
              updateForm({ target: event.currentTarget.value });
            }}
          />
        )}
      </Field>
      <Checkbox
        showLabel
        label="Do not use the cache"
        checked={form.noCache}
        onChange={(checked) => {
          updateForm({ noCache: checked });
        }}
      />
      <Checkbox
        showLabel
        label="Pull newer base images"
        checked={form.pull}
        onChange={(checked) => {
          updateForm({ pull: checked });
        }}
      />
      {startError && (
        <p role="alert" className="field-error">
          {startError}
        </p>
      )}
      <FormActions onCancel={closeBuildDialog} busy={starting} submit={starting ? 'Starting…' : 'Build'} />
    </form>
  );
}

function BuildRun({ taskId }: { readonly taskId: string }) {
  const client = useClient();
  const task = useTasksStore(selectTask(taskId));
  const running = task?.state === 'running';
  const currentStep = task?.items.findLast((item) => item.status === 'Running');

  const cancel = () => {
    client.invoke('tasks.cancel', { id: taskId }).catch((err: unknown) => {
      notify('Could not cancel the build', [errorMessage(err)]);
    });
  };

  return (
    <div className="build-run">
      <p className="build-title">{task?.title ?? 'Build'}</p>
      {running && (
        <p role="status" className="muted">
          {currentStep ? `Running ${currentStep.label}` : 'Sending the context…'}
        </p>
      )}
      {task?.state === 'succeeded' && (
        <p role="status" className="build-success">
          {task.message}
        </p>
      )}
      {task?.state === 'cancelled' && <p role="status">The build was cancelled.</p>}
      {task?.state === 'failed' && (
        <p role="alert" className="field-error">
          {task.error?.message ?? task.message}
        </p>
      )}
      <TaskConsole taskId={taskId} label="Build output" />
      <div className="dialog-actions">
        {running ? (
          <button type="button" className="button danger" onClick={cancel}>
            Cancel build
          </button>
        ) : (
          <button type="button" className="button" onClick={backToForm}>
            Change and build again
          </button>
        )}
        <button type="button" className="button" onClick={closeBuildDialog} data-autofocus>
          {running ? 'Close (keeps building)' : 'Close'}
        </button>
      </div>
    </div>
  );
}
