import { useEngineStore } from '../features/engine/index.js';
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

export function Sidebar({ current }: { readonly current: Section }) {
  return (
    <aside className="sidebar">
      <div className="brand">Berth</div>
      <nav aria-label="Main">
        <ul>
          {SECTIONS.map((section) => (
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
