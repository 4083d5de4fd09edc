import { useMemo } from 'react';
import { closeContainer } from '../features/container-detail/index.js';
import { useEngineStore, useEnginesStore } from '../features/engine/index.js';
import type { PaletteCommand } from '../features/palette/index.js';
import { openShortcuts, useGlobalShortcuts } from '../features/shortcuts/index.js';
import { Notices } from '../features/notifications/index.js';
import type { Client } from '../ipc/client.js';
import { ClientContext } from '../lib/client-context.js';
import { routingClient } from '../lib/engine-routing.js';
import { appMessages } from './app-messages.js';
import { DeferredHosts, ViewSlot } from './deferred.js';
import { EngineBanner } from './EngineBanner.js';
import { EngineUnreachableScreen } from './EngineUnreachableScreen.js';
import { SECTION_VIEWS } from './section-views.js';
import { SECTIONS, sectionHref, useSection } from './sections.js';
import { Sidebar } from './Sidebar.js';
import { useT } from '../i18n/index.js';

/** What the palette offers besides containers and other engine objects: every view, and the cheat sheet. */
function usePaletteCommands(): readonly PaletteCommand[] {
  return useMemo(
    () => [
      ...SECTIONS.map((s) => ({
        id: `view:${s.id}`,
        label: s.label,
        kind: 'view' as const,
        run: () => {
          closeContainer();
          window.location.hash = sectionHref(s.id);
        },
      })),
      { id: 'shortcuts', label: '', kind: 'shortcuts' as const, run: openShortcuts },
    ],
    [],
  );
}

function Shell() {
  const t = useT(appMessages);
  const section = useSection();
  const commands = usePaletteCommands();
  useGlobalShortcuts();
  const firstFailure = useEngineStore((s) => (s.everConnected ? null : s.firstFailure));
  const connecting = useEngineStore((s) => s.status?.state === 'connecting');
  // Another engine that answers is enough to show the app: its lists are one pick away.
  const anotherEngine = useEnginesStore(
    (s) => s.engines?.some((e) => e.status.state === 'connected') ?? false,
  );

  if (firstFailure && !anotherEngine) {
    return (
      <>
        <EngineBanner />
        <EngineUnreachableScreen failure={firstFailure} connecting={connecting} />
        <Notices />
      </>
    );
  }
  const View = SECTION_VIEWS[section];
  return (
    <div className="app">
      <Sidebar current={section} />
      <main className="main">
        <EngineBanner />
        <ViewSlot key={section} view={t(`section_${section}`)}>
          <View />
        </ViewSlot>
      </main>
      <DeferredHosts commands={commands} notices={<Notices />} />
    </div>
  );
}

export function App({ client }: { readonly client: Client }) {
  return (
    <ClientContext value={useMemo(() => routingClient(client), [client])}>
      <Shell />
    </ClientContext>
  );
}
