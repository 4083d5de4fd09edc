import { useEffect, useId, useMemo, useRef } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useContainersStore } from '../containers/index.js';
import type { ProjectMember } from './project-log-session.js';
import { closeProjectLogs } from './project-logs-store.js';
import { useProjectLogTerminal } from './use-project-log-terminal.js';
import { SafeText } from '../../ui/SafeText.js';
import { currentLanguage, translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { onEngineOf } from '../../lib/engine-routing.js';
import { useKeyName } from '../engine/index.js';

/** The project's containers as one string, so the selector is stable while they do not change. */
const membersKey = (byId: ReadonlyMap<string, ContainerSummary>, project: string): string => {
  const members: [string, string][] = [];
  // `project` is keyed like the containers: in "All engines" it names its engine too.
  for (const [id, c] of byId) {
    if (c.project !== null && onEngineOf(id, c.project) === project) members.push([id, c.service ?? c.name]);
  }
  members.sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(members);
};

const parseMembers = (key: string): ProjectMember[] =>
  (JSON.parse(key) as [string, string][]).map(([id, label]) => ({ id, label }));

const statusText = (count: number, lost: boolean, dropped: number): string => {
  const parts = [
    lost
      ? translate(messages, 'lost')
      : count === 0
        ? translate(messages, 'noContainers')
        : translate(messages, 'following', { count }),
  ];
  if (dropped > 0) {
    const n = dropped.toLocaleString(currentLanguage());
    parts.push(translate(messages, 'dropped', { count: dropped, n }));
  }
  return parts.join(translate(messages, 'separator'));
};

/** The logs of every container of a compose project in one console, each line led by its service. */
export function ProjectLogsView({ project }: { readonly project: string }) {
  const t = useT(messages);
  const name = useKeyName(project);
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
          {t('back')}
        </button>
        <h1 id={headingId} className="detail-title">
          <SafeText text={t('project', { name })} />
        </h1>
      </header>
      <div className="logs">
        <p role="status" className={lost ? 'log-status error' : 'log-status muted'}>
          {statusText(members.length, lost, dropped)}
        </p>
        <div ref={host} className="terminal-host" role="region" aria-label={t('region', { name })} />
      </div>
    </section>
  );
}
