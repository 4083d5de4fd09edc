import { BrowseButton } from '../../ui/BrowseButton.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { Field } from '../../ui/Field.js';
import { useEffect, useId } from 'react';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Modal } from '../../ui/Modal.js';
import { notify } from '../../lib/notifications-store.js';
import {
  selectTask,
  TaskConsole,
  taskItemLabel,
  taskMessage,
  taskTitle,
  useTasksStore,
} from '../tasks/index.js';
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
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** How long typing in the path pauses before the context is measured. */
const MEASURE_DELAY_MS = 400;

/** The build dialog, mounted once; `openBuildDialog()` shows it. */
export function BuildDialog() {
  const open = useBuildStore((s) => s.open);
  return open ? <BuildDialogContent /> : null;
}

function BuildDialogContent() {
  const t = useT(messages);
  const titleId = useId();
  const taskId = useBuildStore((s) => s.taskId);
  return (
    <Modal labelledBy={titleId} onCancel={closeBuildDialog} className="build-dialog">
      <h2 id={titleId}>{t('title')}</h2>
      {taskId ? <BuildRun taskId={taskId} /> : <BuildFormView />}
    </Modal>
  );
}

function BuildFormView() {
  const client = useClient();
  const t = useT(messages);
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
      aria-label={t('formLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void startBuild(client);
      }}
    >
      <Field
        className="build-field"
        label={t('contextFolder')}
        error={errors.contextPath}
        hint={t('contextHint')}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            data-autofocus
            value={form.contextPath}
            spellCheck={false}
            placeholder={t('contextPlaceholder')}
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
        label={t('contextFolder')}
        current={form.contextPath}
        onPick={(contextPath) => {
          updateForm({ contextPath });
        }}
      />
      <Field
        className="build-field"
        label={t('dockerfile')}
        error={errors.dockerfile}
        hint={t('dockerfileHint')}
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
      <Field className="build-field" label={t('tags')} error={errors.tags} hint={t('tagsHint')}>
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
      <KeyValueRows kind="buildArgs" rows={form.buildArgs} error={errors.buildArgs} errorId={argsErrorId} />
      <KeyValueRows kind="labels" rows={form.labels} error={errors.labels} errorId={labelsErrorId} />
      <Field className="build-field" label={t('target')} error={errors.target} hint={t('targetHint')}>
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
        label={t('noCache')}
        checked={form.noCache}
        onChange={(checked) => {
          updateForm({ noCache: checked });
        }}
      />
      <Checkbox
        showLabel
        label={t('pull')}
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
      <FormActions
        onCancel={closeBuildDialog}
        busy={starting}
        submit={starting ? t('starting') : t('build')}
      />
    </form>
  );
}

function BuildRun({ taskId }: { readonly taskId: string }) {
  const client = useClient();
  const t = useT(messages);
  const task = useTasksStore(selectTask(taskId));
  const running = task?.state === 'running';
  const currentStep = task?.items.findLast((item) => item.status === 'Running');

  const cancel = () => {
    client.invoke('tasks.cancel', { id: taskId }).catch((err: unknown) => {
      notify(t('couldNotCancel'), [errorMessage(err)]);
    });
  };

  return (
    <div className="build-run">
      <p className="build-title">{task ? taskTitle(task) : t('build')}</p>
      {running && (
        <p role="status" className="muted">
          {currentStep ? t('runningStep', { step: taskItemLabel(currentStep) }) : t('sendingContext')}
        </p>
      )}
      {task?.state === 'succeeded' && (
        <p role="status" className="build-success">
          {taskMessage(task)}
        </p>
      )}
      {task?.state === 'cancelled' && <p role="status">{t('cancelled')}</p>}
      {task?.state === 'failed' && (
        <p role="alert" className="field-error">
          {/* A failure's outcome is its error, worded by the error's key. */}
          {taskMessage(task) ?? task.error?.message}
        </p>
      )}
      <TaskConsole taskId={taskId} label={t('output')} />
      <div className="dialog-actions">
        {running ? (
          <button type="button" className="button danger" onClick={cancel}>
            {t('cancelBuild')}
          </button>
        ) : (
          <button type="button" className="button" onClick={backToForm}>
            {t('again')}
          </button>
        )}
        <button type="button" className="button" onClick={closeBuildDialog} data-autofocus>
          {running ? t('closeKeeps') : t('close')}
        </button>
      </div>
    </div>
  );
}
