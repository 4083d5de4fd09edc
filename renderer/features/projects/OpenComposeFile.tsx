import { BrowseButton } from '../../ui/BrowseButton.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { useId } from 'react';
import { COMPOSE_COMMANDS, type ComposeCommand } from '../../../shared/contract/compose.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { selectTask, TaskConsole, taskStatusText, useTasksStore } from '../tasks/index.js';
import { checkComposeForm } from './compose-form.js';
import { loadComposeState, runCompose } from './project-commands.js';
import {
  pickRecent,
  setComposePath,
  setComposeProject,
  setWithVolumes,
  useProjectsStore,
} from './projects-store.js';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const LABELS = {
  up: 'cmdUp',
  down: 'cmdDown',
  pull: 'cmdPull',
  build: 'cmdBuild',
  restart: 'cmdRestart',
} as const satisfies Readonly<Record<ComposeCommand, string>>;

function CliStatus() {
  const client = useClient();
  const t = useT(messages);
  const cli = useProjectsStore((s) => s.cli);
  if (cli === null) return <p className="muted">{t('lookingCli')}</p>;
  if (cli.available) {
    return (
      <p className="muted" role="status">
        {t('runs')} <code>{cli.command}</code> {cli.version}
      </p>
    );
  }
  return (
    <div role="alert" className="compose-missing">
      <p>{cli.reason}</p>
      <p>{t('tried')}</p>
      <ul>
        {cli.tried.map((line) => (
          <li key={line}>
            <code>{line}</code>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => {
          void loadComposeState(client);
        }}
      >
        {t('lookAgain')}
      </button>
    </div>
  );
}

function RecentFiles() {
  const t = useT(messages);
  const recent = useProjectsStore((s) => s.recent);
  const headingId = useId();
  if (recent.length === 0) return null;
  return (
    <div className="compose-recent">
      <h3 id={headingId}>{t('recentFiles')}</h3>
      <ul aria-labelledby={headingId}>
        {recent.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              className="button ghost"
              aria-label={
                entry.project
                  ? t('useRecentAs', { path: entry.path, project: entry.project })
                  : t('useRecent', { path: entry.path })
              }
              onClick={() => {
                pickRecent(entry);
              }}
            >
              <code>{entry.path}</code>
              {entry.project && <span className="muted"> · {entry.project}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LastRun() {
  const client = useClient();
  const t = useT(messages);
  const taskId = useProjectsStore((s) => s.taskId);
  const task = useTasksStore(selectTask(taskId));
  if (!task) return null;
  const running = task.state === 'running';
  return (
    <section className="compose-run" aria-label={t('lastRun')}>
      <div className="compose-run-head">
        <strong>{task.title}</strong>
        <span
          role={task.state === 'failed' ? 'alert' : 'status'}
          className={`compose-run-state task-${task.state}`}
        >
          {taskStatusText(task)}
        </span>
        {running && (
          <button
            type="button"
            className="button"
            aria-label={t('cancelNamed', { title: task.title })}
            onClick={() => {
              client.invoke('tasks.cancel', { id: task.id }).catch((err: unknown) => {
                notify(translate(messages, 'couldNotCancel', { title: task.title }), [errorMessage(err)]);
              });
            }}
          >
            {t('cancel')}
          </button>
        )}
      </div>
      <TaskConsole key={task.id} taskId={task.id} label={t('composeOutput')} />
    </section>
  );
}

/**
 * Open a compose file by its path and run compose on it. Web mode has no file picker (the page
 * cannot learn local paths); Electron's picker is a host capability still to come.
 */
export function OpenComposeFile() {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const pathId = useId();
  const pathErrorId = useId();
  const projectId = useId();
  const projectErrorId = useId();
  const path = useProjectsStore((s) => s.path);
  const project = useProjectsStore((s) => s.project);
  const withVolumes = useProjectsStore((s) => s.withVolumes);
  const runError = useProjectsStore((s) => s.runError);
  const cliMissing = useProjectsStore((s) => s.cli?.available === false);
  const problems = checkComposeForm(path, project);
  const showPathProblem = path !== '' && problems.path !== null;
  const invalid = problems.path !== null || problems.project !== null;

  return (
    <section className="compose-open" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('openHeading')}</h2>
      <form
        className="compose-form"
        onSubmit={(event) => {
          event.preventDefault();
          void runCompose(client, 'up');
        }}
      >
        <label htmlFor={pathId}>{t('pathLabel')}</label>
        <input
          id={pathId}
          className="compose-input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={t('pathPlaceholder')}
          maxLength={4096}
          value={path}
          aria-invalid={showPathProblem}
          aria-describedby={showPathProblem ? pathErrorId : undefined}
          onChange={(event) => {
            setComposePath(event.currentTarget.value);
          }}
        />
        <BrowseButton kind="file" label={t('pathLabel')} current={path} onPick={setComposePath} />
        {showPathProblem && (
          <p id={pathErrorId} className="field-error">
            {problems.path}
          </p>
        )}
        <label htmlFor={projectId}>{t('projectLabel')}</label>
        <input
          id={projectId}
          className="compose-input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={t('projectPlaceholder')}
          maxLength={63}
          value={project}
          aria-invalid={problems.project !== null}
          aria-describedby={problems.project ? projectErrorId : undefined}
          onChange={(event) => {
            setComposeProject(event.currentTarget.value);
          }}
        />
        {problems.project && (
          <p id={projectErrorId} className="field-error">
            {problems.project}
          </p>
        )}
        <div className="compose-commands" role="group" aria-label={t('commands')}>
          {COMPOSE_COMMANDS.map((command) => (
            <button
              key={command}
              type={command === 'up' ? 'submit' : 'button'}
              className={command === 'up' ? 'button primary' : 'button'}
              disabled={invalid || cliMissing}
              onClick={
                command === 'up'
                  ? undefined
                  : () => {
                      void runCompose(client, command);
                    }
              }
            >
              {t(LABELS[command])}
            </button>
          ))}
          <Checkbox
            showLabel
            label={t('downVolumes')}
            checked={withVolumes}
            onChange={(checked) => {
              setWithVolumes(checked);
            }}
          />
        </div>
        {runError && (
          <p role="alert" className="field-error">
            {runError}
          </p>
        )}
      </form>
      <CliStatus />
      <RecentFiles />
      <LastRun />
    </section>
  );
}
