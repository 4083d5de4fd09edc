import { useEngineStore } from '../features/engine/index.js';
import { EnginePanel } from '../features/engines/index.js';
import { isManager, useSwarmStore } from '../features/swarm-state/index.js';
import { useT } from '../i18n/index.js';
import { appMessages, type AppWords } from './app-messages.js';
import { SECTIONS, sectionHref, type Section } from './sections.js';
import { SectionIcon } from './SectionIcon.js';

function EngineSummary() {
  const t = useT(appMessages);
  const status = useEngineStore((s) => s.status);
  if (!status) return null;
  const text =
    status.state === 'connected'
      ? t('summaryConnected', { version: status.version.engine })
      : status.state === 'connecting'
        ? t('summaryConnecting')
        : status.state === 'not-responding'
          ? t('summaryNotResponding')
          : t('summaryUnreachable');
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

/**
 * The sections' names in the catalogue. A section another change adds before its words are here
 * keeps its English label instead of failing to build.
 */
const SECTION_WORDS: Partial<Record<string, Parameters<ReturnType<typeof useT<AppWords>>>[0]>> = {
  containers: 'section_containers',
  discover: 'section_discover',
  images: 'section_images',
  volumes: 'section_volumes',
  networks: 'section_networks',
  projects: 'section_projects',
  swarm: 'section_swarm',
  services: 'section_services',
  system: 'section_system',
  settings: 'section_settings',
};

/** Sections that need a swarm manager (their data exists only there). */
const MANAGER_ONLY: ReadonlySet<Section> = new Set(['services']);

export function Sidebar({ current }: { readonly current: Section }) {
  const t = useT(appMessages);
  const manager = useSwarmStore(isManager);
  const nameOf = (section: (typeof SECTIONS)[number]): string => {
    const key = SECTION_WORDS[section.id];
    return key ? t(key) : section.label;
  };
  return (
    <aside className="sidebar">
      <div className="brand">{t('brand')}</div>
      <nav aria-label={t('mainNav')}>
        <ul>
          {SECTIONS.filter((s) => manager || !MANAGER_ONLY.has(s.id)).map((section) => (
            <li key={section.id}>
              <a
                href={sectionHref(section.id)}
                className="nav-link"
                aria-current={section.id === current ? 'page' : undefined}
              >
                <SectionIcon id={section.id} />
                {nameOf(section)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <EnginePanel />
      <EngineSummary />
    </aside>
  );
}
