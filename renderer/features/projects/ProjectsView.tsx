import { useEffect, useId } from 'react';
import { useClient } from '../../lib/client-context.js';
import { EngineFilterField, useEngineStore, useShowsEngineColumn } from '../engine/index.js';
import { OpenComposeFile } from './OpenComposeFile.js';
import { ProjectCard } from './ProjectCard.js';
import { loadComposeState } from './project-commands.js';
import { askRemove, setRecent, useProjectsStore } from './projects-store.js';
import { RemoveProjectDialog } from './RemoveProjectDialog.js';
import { useProjects } from './use-projects.js';
import './projects.css';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

function RemoveDialogHost() {
  const projects = useProjects();
  const removing = useProjectsStore((s) => s.removing);
  const project = projects.find((p) => p.name === removing);
  if (!project) return null;
  return (
    <RemoveProjectDialog
      project={project}
      onClose={() => {
        askRemove(null);
      }}
    />
  );
}

/**
 * Compose projects, whoever started them: grouped from the labels of the live container list,
 * so a project started on the command line is adopted as soon as its containers exist.
 */
export function ProjectsView() {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const listHeadingId = useId();
  const projects = useProjects();
  const loading = useEngineStore((s) => !s.everConnected);
  const withEngine = useShowsEngineColumn();

  useEffect(() => {
    const offReady = client.onReady(() => void loadComposeState(client));
    const offRecent = client.on('compose.recentChanged', setRecent);
    return () => {
      offReady();
      offRecent();
    };
  }, [client]);

  return (
    <section className="projects-view" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
        <span className="muted">{t('rows', { count: projects.length })}</span>
        {withEngine && <EngineFilterField />}
      </header>
      <OpenComposeFile />
      <section aria-labelledby={listHeadingId} className="project-list">
        <h2 id={listHeadingId} className="visually-hidden">
          {t('listHeading')}
        </h2>
        {projects.length === 0 ? (
          <p role="status" className="empty">
            {loading ? t('connecting') : t('empty')}
          </p>
        ) : (
          projects.map((project) => <ProjectCard key={project.name} project={project} />)
        )}
      </section>
      <RemoveDialogHost />
    </section>
  );
}
