import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClientContext } from '../../lib/client-context.js';
import { createClient } from '../../ipc/client.js';
import { createFakePort } from '../../ipc/fake-port.fixtures.js';
import { ContainerRowView } from './ContainerRowView.js';
import { container } from './test-containers.js';

const render = (overrides: Parameters<typeof container>[0], canAct = true): string =>
  renderToStaticMarkup(
    <ClientContext value={createClient(createFakePort().port)}>
      <ContainerRowView
        container={container(overrides)}
        grouped={false}
        index={0}
        top={0}
        active
        canAct={canAct}
        now={(1_700_000_000 + 180) * 1000}
      />
    </ClientContext>,
  );

const labels = (html: string): string[] => [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('ContainerRowView', () => {
  it('is a row named by the container with a labelled checkbox, state text and age', () => {
    const html = render({ name: 'web-1', state: 'running' });
    expect(html).toMatch(/^<div role="row" aria-label="web-1"/);
    expect(labels(html)).toContain('Select web-1');
    expect(html).toContain('running');
    expect(html).toContain('3 minutes ago');
  });

  it('offers the actions that fit the state, named for the container', () => {
    expect(labels(render({ name: 'web-1', state: 'running' }))).toEqual([
      'web-1',
      'Select web-1',
      'Favourite web-1',
      'Open web-1',
      'Stop web-1',
      'Pause web-1',
      'Restart web-1',
      'Remove web-1',
    ]);
    expect(labels(render({ name: 'db', state: 'exited' }))).toEqual([
      'db',
      'Select db',
      'Favourite db',
      'Open db',
      'Start db',
      'Remove db',
    ]);
  });

  it('links published tcp ports by their full address', () => {
    const html = render({
      name: 'web-1',
      ports: [
        { ip: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
        { ip: '::', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
      ],
    });
    expect(labels(html)).toContain('Open http://localhost:8080');
    expect(html).toContain('8080→80/tcp');
  });

  it('disables actions while the engine is away', () => {
    const html = render({ name: 'web-1', state: 'running' }, false);
    expect(html.match(/<button[^>]*aria-disabled="true"/g)).toHaveLength(4);
    expect(render({ name: 'web-1', state: 'running' })).not.toContain('aria-disabled');
  });
});
