import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { bootstrap } from './app/bootstrap.js';
import { preloadView } from './app/section-views.js';
import { sectionFromHash } from './app/sections.js';
import { connectPort } from './ipc/connect.js';
import './app/theme.css';
import './app/layout.css';
import './features/containers/containers.css';
import './features/container-detail/container-detail.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const client = bootstrap(connectPort());
preloadView(sectionFromHash(window.location.hash));
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
