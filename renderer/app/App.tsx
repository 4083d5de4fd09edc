import { ContainersView } from '../features/containers/ContainersView.js';
import { useEngineStore } from '../features/engine/engine-store.js';
import { Notices } from '../features/notifications/Notices.js';
import type { Client } from '../ipc/client.js';
import { ClientContext } from './client-context.js';
import { ComingSoon } from './ComingSoon.js';
import { EngineBanner } from './EngineBanner.js';
import { EngineUnreachableScreen } from './EngineUnreachableScreen.js';
import { SECTIONS, useSection } from './sections.js';
import { Sidebar } from './Sidebar.js';

function Shell() {
  const section = useSection();
  const firstFailure = useEngineStore((s) => (s.everConnected ? null : s.firstFailure));
  const connecting = useEngineStore((s) => s.status?.state === 'connecting');

  if (firstFailure) {
    return (
      <>
        <EngineBanner />
        <EngineUnreachableScreen failure={firstFailure} connecting={connecting} />
        <Notices />
      </>
    );
  }
  const label = SECTIONS.find((s) => s.id === section)?.label ?? '';
  return (
    <div className="app">
      <Sidebar current={section} />
      <main className="main">
        <EngineBanner />
        {section === 'containers' ? <ContainersView /> : <ComingSoon title={label} />}
      </main>
      <Notices />
    </div>
  );
}

export function App({ client }: { readonly client: Client }) {
  return (
    <ClientContext value={client}>
      <Shell />
    </ClientContext>
  );
}
