import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend.js';

/** The host-only calls: what web mode (no capability) and Electron (with one) answer. */
describe('host capabilities', () => {
  const call = (backend: ReturnType<typeof createBackend>, channel: string, payload: unknown) =>
    backend.router.invoke(channel, payload, { clientId: 't' });

  it('refuses a path picker where the host has none, so the form keeps its typed path', async () => {
    const backend = createBackend();
    try {
      const result = await call(backend, 'shell.pickPath', { kind: 'folder', title: 'Context' });
      expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    } finally {
      backend.dispose();
    }
  });

  it('passes a valid request to the host picker and its answer back', async () => {
    const asked: unknown[] = [];
    const backend = createBackend({
      host: {
        pickPath: (request) => {
          asked.push(request);
          return Promise.resolve('/home/me/app');
        },
      },
    });
    try {
      const picked = await call(backend, 'shell.pickPath', { kind: 'file', title: 'Compose file' });
      expect(picked).toEqual({ ok: true, value: { path: '/home/me/app' } });
      expect(asked).toEqual([{ kind: 'file', title: 'Compose file' }]);
      const bad = await call(backend, 'shell.pickPath', { kind: 'device', title: 'x' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(asked).toHaveLength(1);
    } finally {
      backend.dispose();
    }
  });
});
