import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { bootstrap, firstScreenWithin } from './app/bootstrap.js';
import { preloadView } from './app/section-views.js';
import { sectionFromHash } from './app/sections.js';
import { connectPort } from './ipc/connect.js';
import './app/theme.css';
import './app/layout.css';
import './features/containers/containers.css';
import './features/container-detail/container-detail.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

/**
 * The first render waits for the first screen's state (usually in already: web mode's boot socket
 * asked for it while this chunk compiled), so the shell and the first rows are drawn in one pass
 * instead of drawn empty and redrawn as each answer lands, each pass holding the main thread the
 * next answer waits on. Capped: without a backend, or with a slow engine, the shell shows at once.
 */
const FIRST_RENDER_WAIT_MS = 250;

const section = sectionFromHash(window.location.hash);
const client = bootstrap(connectPort());
preloadView(section);
void firstScreenWithin(section, FIRST_RENDER_WAIT_MS).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
});
