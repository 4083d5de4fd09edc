import { useEngineStore } from '../features/engine/index.js';
import { isManager, useSwarmFeed, useSwarmStore } from '../features/swarm/index.js';
import { useClient } from '../lib/client-context.js';
import { SECTIONS, sectionHref, type Section } from './sections.js';

function EngineSummary() {
  const status = useEngineStore((s) => s.status);
  if (!status) return null;
  const text =
    status.state === 'connected'
      ? `Docker ${status.version.engine}`
      : status.state === 'connecting'
        ? 'Connecting…'
        : status.state === 'not-responding'
          ? 'Engine not responding'
          : 'Engine unreachable';
  return (
    <div className="engine-summary">
      <span className={`dot engine-${status.state}`} aria-hidden="true" />
      <span>{text}</span>
      {status.endpoint && (
        <span className="engine-endpoint" title={status.endpoint.url}>
          {status.endpoint.url}
        </span>
      )}
    </div>
  );
}

/** Sections that need a swarm manager (their data exists only there). */
const MANAGER_ONLY: ReadonlySet<Section> = new Set(['services']);

export function Sidebar({ current }: { readonly current: Section }) {
  useSwarmFeed(useClient());
  const manager = useSwarmStore(isManager);
  return (
    <aside className="sidebar">
      <div className="brand">Berth</div>
      <nav aria-label="Main">
        <ul>
          {SECTIONS.filter((s) => manager || !MANAGER_ONLY.has(s.id)).map((section) => (
            <li key={section.id}>
              <a
                href={sectionHref(section.id)}
                className="nav-link"
                aria-current={section.id === current ? 'page' : undefined}
              >
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <EngineSummary />
    </aside>
  );
}
