import { memo, useId } from 'react';
import type { ComposeProject } from '../../../shared/compose/projects.js';
import type { ProjectAction } from '../../../shared/contract/compose.js';
import { useClient } from '../../lib/client-context.js';
import { sectionHref } from '../../app/sections.js';
import { closeContainer } from '../container-detail/index.js';
import { openProjectLogs } from '../project-logs/index.js';
import { copyAsKubeYaml } from '../services/index.js';
import { runProjectAction } from './project-commands.js';
import { askRemove, useProjectsStore } from './projects-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';

const ACTIONS: readonly { readonly action: ProjectAction; readonly label: string }[] = [
  { action: 'start', label: 'Start' },
  { action: 'stop', label: 'Stop' },
  { action: 'restart', label: 'Restart' },
];

/** The merged logs live in the containers section; go there with them open. */
const showLogs = (project: string): void => {
  closeContainer();
  openProjectLogs(project);
  window.location.hash = sectionHref('containers');
};

/** One compose project: where it comes from, its services and their containers, and what to do with it. */
export const ProjectCard = memo(function ProjectCard({ project }: { readonly project: ComposeProject }) {
  const client = useClient();
  const headingId = useId();
  const busy = useProjectsStore((s) => s.busy.has(project.name));
  const { name } = project;

  return (
    <article className="project-card" aria-labelledby={headingId}>
      <header className="project-head">
        <h2 id={headingId}>
          <SafeText text={name} />
        </h2>
        <span className="project-count" aria-label={`${project.running} of ${project.total} running`}>
          {project.running}/{project.total} running
        </span>
        <div className="project-actions" role="group" aria-label={`Actions of project ${name}`}>
          {ACTIONS.map(({ action, label }) => (
            <button
              key={action}
              type="button"
              className="button"
              aria-label={`${label} project ${name}`}
              disabled={busy}
              onClick={() => {
                void runProjectAction(client, name, action);
              }}
            >
              {label}
            </button>
          ))}
          <button
            type="button"
            className="button danger"
            aria-label={`Remove project ${name}`}
            disabled={busy}
            onClick={() => {
              askRemove(name);
            }}
          >
            Remove
          </button>
          <button
            type="button"
            className="button ghost"
            aria-label={`Logs of project ${name}`}
            onClick={() => {
              showLogs(name);
            }}
          >
            Logs
          </button>
          <button
            type="button"
            className="button ghost"
            aria-label={`Copy project ${name} as Kubernetes YAML`}
            onClick={() => void copyAsKubeYaml(client, project.containerIds, `project ${name}`)}
          >
            Kubernetes YAML
          </button>
        </div>
      </header>
      <dl className="facts project-facts">
        <dt>Working directory</dt>
        <dd>
          <code>{project.workingDir ?? 'unknown'}</code>
        </dd>
        <dt>Config files</dt>
        <dd>
          {project.configFiles.length === 0 ? (
            <span className="muted">unknown</span>
          ) : (
            project.configFiles.map((file) => (
              <code key={file} className="project-file">
                {file}
              </code>
            ))
          )}
        </dd>
      </dl>
      <Table
        className="project-services"
        label={`Services of project ${name}`}
        columns={['Service', 'Running', 'Containers']}
      >
        {project.services.map((service) => (
          <tr key={service.name}>
            <th scope="row">{service.name}</th>
            <td>
              {service.running}/{service.total}
            </td>
            <td>
              <ul className="project-containers">
                {service.containers.map((c) => (
                  <li key={c.id}>
                    <span className={`dot state-${c.state}`} aria-hidden="true" />
                    <SafeText text={c.name} />{' '}
                    <span className="muted">{c.oneoff ? `one-off, ${c.state}` : c.state}</span>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </Table>
    </article>
  );
});
