import { useEffect, useId, useMemo, useRef } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useContainersStore } from '../containers/index.js';
import type { ProjectMember } from './project-log-session.js';
import { closeProjectLogs } from './project-logs-store.js';
import { useProjectLogTerminal } from './use-project-log-terminal.js';
import { SafeText } from '../../ui/SafeText.js';

/** The project's containers as one string, so the selector is stable while they do not change. */
const membersKey = (byId: ReadonlyMap<string, ContainerSummary>, project: string): string => {
  const members: [string, string][] = [];
  for (const [id, c] of byId) if (c.project === project) members.push([id, c.service ?? c.name]);
  members.sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(members);
};

const parseMembers = (key: string): ProjectMember[] =>
  (JSON.parse(key) as [string, string][]).map(([id, label]) => ({ id, label }));

const statusText = (count: number, lost: boolean, dropped: number): string => {
  const parts = [
    lost
      ? 'Connection to Berth lost; reopening the logs when it returns.'
      : count === 0
        ? 'No containers in this project'
        : `Following ${count} ${count === 1 ? 'container' : 'containers'}`,
  ];
  if (dropped > 0) parts.push(`${dropped.toLocaleString()} lines dropped`);
  return parts.join(' · ');
};

/** The logs of every container of a compose project in one console, each line led by its service. */
export function ProjectLogsView({ project }: { readonly project: string }) {
  const headingId = useId();
  const host = useRef<HTMLDivElement>(null);
  const key = useContainersStore((s) => membersKey(s.byId, project));
  const members = useMemo(() => parseMembers(key), [key]);
  const { dropped, lost } = useProjectLogTerminal(host, members);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && event.target === document.body) closeProjectLogs();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <section className="detail" aria-labelledby={headingId}>
      <header className="detail-header">
        <button type="button" className="button ghost" onClick={closeProjectLogs}>
          ← Back to containers
        </button>
        <h1 id={headingId} className="detail-title">
          Project <SafeText text={project} />
        </h1>
      </header>
      <div className="logs">
        <p role="status" className={lost ? 'log-status error' : 'log-status muted'}>
          {statusText(members.length, lost, dropped)}
        </p>
        <div ref={host} className="terminal-host" role="region" aria-label={`Logs of project ${project}`} />
      </div>
    </section>
  );
}
