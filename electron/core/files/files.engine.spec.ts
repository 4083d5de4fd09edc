import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { extract } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirListing, FilePreview } from '../../../shared/contract/files.js';
import type { TransferTicket } from '../../../shared/contract/transfers.js';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath, removeTestContainers, runTestContainer } from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'files-engine';
const ctx = { clientId: 'test' };

const ok = async <T>(backend: Backend, channel: string, payload: unknown): Promise<T> => {
  const result = await backend.router.invoke(channel, payload, ctx);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

const tarNames = async (bytes: Buffer): Promise<string[]> => {
  const names: string[] = [];
  const tar = extract();
  tar.on('entry', (header: { name: string }, stream: Readable, next: () => void) => {
    names.push(header.name);
    stream.on('end', next);
    stream.resume();
  });
  await new Promise<void>((resolve, reject) => {
    tar.on('finish', resolve);
    tar.on('error', reject);
    tar.end(bytes);
  });
  return names;
};

describe('container files against the real engine', () => {
  let backend: Backend;

  beforeAll(async () => {
    await removeTestContainers(SCOPE);
    await Promise.all([
      runTestContainer(
        'berth-files-running',
        SCOPE,
        [],
        ['sh', '-c', 'mkdir -p /srv/app && echo hi > /srv/app/readme.txt && sleep 3600'],
      ),
      runTestContainer('berth-files-stopped', SCOPE, [], ['sh', '-c', 'echo bye > /stopped.txt']),
    ]);
    await docker('wait', 'berth-files-stopped');
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await removeTestContainers(SCOPE);
  });

  it('lists folders of a running and a stopped container, folders first, following /bin', async () => {
    const root = await ok<DirListing>(backend, 'files.list', { ref: 'berth-files-stopped', path: '/' });
    expect(root.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['bin', 'etc', 'stopped.txt']));
    expect(root.entries.findIndex((e) => e.name === 'stopped.txt')).toBeGreaterThan(
      root.entries.findIndex((e) => e.name === 'etc'),
    );
    const bin = await ok<DirListing>(backend, 'files.list', { ref: 'berth-files-running', path: '/bin' });
    expect(bin.entries.find((e) => e.name === 'sh')).toMatchObject({ kind: 'symlink' });
    expect(
      await ok<FilePreview>(backend, 'files.preview', { ref: 'berth-files-stopped', path: '/stopped.txt' }),
    ).toMatchObject({ text: 'bye\n', binary: false });
    expect(
      await backend.router.invoke('files.list', { ref: 'berth-files-running', path: '/nope' }, ctx),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await backend.router.invoke(
        'files.list',
        { ref: 'berth-files-running', path: '/srv/app/readme.txt' },
        ctx,
      ),
    ).toMatchObject({ ok: false });
  });

  it('uploads a file into a running container, readable with exec, and downloads a folder as tar', async () => {
    const body = Buffer.from('uploaded \u00e9 \u0000 bytes');
    const ticket = await ok<TransferTicket>(backend, 'files.upload', {
      ref: 'berth-files-running',
      dir: '/srv/app',
      name: 'up load.bin',
      size: body.length,
    });
    const entry = backend.transfers.take(ticket.id, 'upload');
    if (entry?.direction !== 'upload') throw new Error('no upload');
    expect(await entry.sink.accept(Readable.from([body]), new AbortController().signal)).toEqual({
      path: '/srv/app/up load.bin',
      size: body.length,
    });
    expect(await docker('exec', 'berth-files-running', 'od', '-An', '-c', '/srv/app/up load.bin')).toContain(
      'u   p   l',
    );
    const copy = await docker('exec', 'berth-files-running', 'md5sum', '/srv/app/up load.bin');
    expect(copy.split(' ')[0]).toBe(
      (await import('node:crypto')).createHash('md5').update(body).digest('hex'),
    );

    const tarTicket = await ok<TransferTicket>(backend, 'files.download', {
      ref: 'berth-files-running',
      path: '/srv/app',
      format: 'tar',
    });
    expect(tarTicket.filename).toBe('app.tar');
    const dl = backend.transfers.take(tarTicket.id, 'download');
    if (dl?.direction !== 'download') throw new Error('no download');
    const names = await tarNames(await buffer(await dl.source.open(new AbortController().signal)));
    expect(names).toEqual(expect.arrayContaining(['app/', 'app/readme.txt', 'app/up load.bin']));
  });

  it('refuses an upload shorter than announced, a bad name and paths that are not plain absolute ones', async () => {
    const ticket = await ok<TransferTicket>(backend, 'files.upload', {
      ref: 'berth-files-running',
      dir: '/srv',
      name: 'short.txt',
      size: 10,
    });
    const entry = backend.transfers.take(ticket.id, 'upload');
    if (entry?.direction !== 'upload') throw new Error('no upload');
    await expect(
      entry.sink.accept(Readable.from([Buffer.from('abc')]), new AbortController().signal),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await docker('exec', 'berth-files-running', 'ls', '/srv')).not.toContain('short.txt');
    for (const name of ['../x', 'a/b', '..', '']) {
      expect(
        await backend.router.invoke(
          'files.upload',
          { ref: 'berth-files-running', dir: '/srv', name, size: 1 },
          ctx,
        ),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    for (const path of ['srv', '/srv/../etc', '/srv/', '/a//b', '/a\u0000b']) {
      expect(
        await backend.router.invoke('files.list', { ref: 'berth-files-running', path }, ctx),
      ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});
