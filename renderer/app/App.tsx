import { useEngineStore } from '../features/engine/index.js';
import { Notices } from '../features/notifications/index.js';
import { RunDialogHost } from '../features/run/index.js';
import { TaskTray } from '../features/tasks/index.js';
import type { Client } from '../ipc/client.js';
import { ClientContext } from '../lib/client-context.js';
import { EngineBanner } from './EngineBanner.js';
import { EngineUnreachableScreen } from './EngineUnreachableScreen.js';
import { SECTION_VIEWS } from './section-views.js';
import { useSection } from './sections.js';
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
  const View = SECTION_VIEWS[section];
  return (
    <div className="app">
      <Sidebar current={section} />
      <main className="main">
        <EngineBanner />
        <View />
      </main>
      <TaskTray />
      <RunDialogHost />
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
