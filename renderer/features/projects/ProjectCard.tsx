import { memo, useId } from 'react';
import { CopyAsComposeButton } from '../container-tools/index.js';
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
import { plainId } from '../../lib/engine-routing.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { EngineName, useEngineLabel, useKeyLive, useShowsEngineColumn } from '../engine/index.js';

const ACTIONS: readonly ProjectAction[] = ['start', 'stop', 'restart'];

/** The merged logs live in the containers section; go there with them open. */
const showLogs = (project: string): void => {
  closeContainer();
  openProjectLogs(project);
  window.location.hash = sectionHref('containers');
};

/** One compose project: where it comes from, its services and their containers, and what to do with it. */
export const ProjectCard = memo(function ProjectCard({ project }: { readonly project: ComposeProject }) {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const busy = useProjectsStore((s) => s.busy.has(project.name));
  // `key` may carry the project's engine: actions route by it, people read the plain name.
  const key = project.name;
  const plain = plainId(key);
  const withEngine = useShowsEngineColumn();
  const engineLabel = useEngineLabel(key);
  const live = useKeyLive()(key);
  const name = withEngine ? t('onEngine', { name: plain, engine: engineLabel }) : plain;

  return (
    <article className="project-card" aria-labelledby={headingId}>
      <header className="project-head">
        <h2 id={headingId}>
          <SafeText text={plain} />
        </h2>
        {withEngine && <EngineName objectKey={key} />}
        <span
          className="project-count"
          aria-label={t('running', { running: project.running, total: project.total })}
        >
          {t('runningShort', { running: project.running, total: project.total })}
        </span>
        <div className="project-actions" role="group" aria-label={t('actionsOf', { name })}>
          {ACTIONS.map((action) => (
            <button
              key={action}
              type="button"
              className="button"
              aria-label={t('actionProject', { action: t(action), name })}
              disabled={busy || !live}
              onClick={() => {
                void runProjectAction(client, key, action);
              }}
            >
              {t(action)}
            </button>
          ))}
          <button
            type="button"
            className="button danger"
            aria-label={t('removeProject', { name })}
            disabled={busy || !live}
            onClick={() => {
              askRemove(key);
            }}
          >
            {t('remove')}
          </button>
          <button
            type="button"
            className="button ghost"
            aria-label={t('logsOf', { name })}
            onClick={() => {
              showLogs(plain);
            }}
          >
            {t('logs')}
          </button>
          <button
            type="button"
            className="button ghost"
            aria-label={t('kubeOf', { name })}
            onClick={() => void copyAsKubeYaml(client, project.containerIds, t('kubeWhat', { name }))}
          >
            {t('kube')}
          </button>
          <CopyAsComposeButton containers={project.containerIds} project={plain} className="button ghost" />
        </div>
      </header>
      <dl className="facts project-facts">
        <dt>{t('workingDir')}</dt>
        <dd>
          <code>{project.workingDir ?? t('unknown')}</code>
        </dd>
        <dt>{t('configFiles')}</dt>
        <dd>
          {project.configFiles.length === 0 ? (
            <span className="muted">{t('unknown')}</span>
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
        label={t('servicesOf', { name })}
        columns={[t('colService'), t('colRunning'), t('colContainers')]}
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
                    <span className="muted">{c.oneoff ? t('oneOff', { state: c.state }) : c.state}</span>
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
