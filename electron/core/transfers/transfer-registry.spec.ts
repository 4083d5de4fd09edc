import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TransferRegistry } from './transfer-registry.js';
import { contentDisposition } from './transfer-http.js';

describe('TransferRegistry', () => {
  it('issues unguessable single-use tickets that expire', () => {
    let now = 1_000;
    const registry = new TransferRegistry({ ttlMs: 100, now: () => now });
    const source = { filename: 'a.tar', open: () => Promise.resolve(Readable.from([])) };
    const a = registry.offerDownload(source);
    const b = registry.offerDownload(source);
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a).toMatchObject({ path: `/transfers/${a.id}`, direction: 'download', expiresAt: 1_100 });
    expect(registry.take(a.id, 'upload')).toBeNull();
    expect(registry.take(a.id, 'download')).not.toBeNull();
    expect(registry.take(a.id, 'download')).toBeNull();
    now = 1_100;
    expect(registry.take(b.id, 'download')).toBeNull();
    expect(registry.size).toBe(0);
  });
});

describe('contentDisposition', () => {
  it('keeps header-breaking characters and paths out of the filename', () => {
    expect(contentDisposition('../x\r\ny"z.tar')).toBe(
      `attachment; filename=".._x__y_z.tar"; filename*=UTF-8''.._x__y_z.tar`,
    );
    expect(contentDisposition('données.tar')).toContain(`filename*=UTF-8''donn%C3%A9es.tar`);
    expect(contentDisposition('')).toContain('filename="download"');
  });
});
