import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClientContext } from '../../lib/client-context.js';
import { createClient } from '../../ipc/client.js';
import { createFakePort } from '../../ipc/fake-port.fixtures.js';
import { RemoveDialog } from './RemoveDialog.js';
import { container } from './test-containers.js';

const render = (containers: Parameters<typeof RemoveDialog>[0]['containers']): string =>
  renderToStaticMarkup(
    <ClientContext value={createClient(createFakePort().port)}>
      <RemoveDialog containers={containers} onClose={() => undefined} />
    </ClientContext>,
  );

describe('RemoveDialog', () => {
  it('is a modal dialog named "Remove containers" that lists every name', () => {
    const html = render([
      container({ id: 'a', name: 'web-1', state: 'exited' }),
      container({ id: 'b', name: 'db-1', state: 'exited' }),
    ]);
    expect(html).toMatch(/<dialog[^>]*aria-modal="true"/);
    expect(html).toMatch(/<h2 id="([^"]+)">Remove containers<\/h2>/);
    expect(html).toContain('<li>web-1</li>');
    expect(html).toContain('<li>db-1</li>');
    expect(html).toContain('Also remove anonymous volumes');
    expect(html).not.toContain('Force remove running containers');
  });

  it('offers force only when something selected is running, and says what happens without it', () => {
    const html = render([container({ id: 'a', name: 'web-1', state: 'running' })]);
    expect(html).toContain('Force remove running containers');
    expect(html).toContain('1 container is running and will be kept');
    // Nothing would be removed without force, so Remove waits for it.
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Remove<\/button>/);
  });

  it('shows Docker strings as text, never as markup', () => {
    const html = render([container({ id: 'a', name: '<img src=x onerror=alert(1)>', state: 'exited' })]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
