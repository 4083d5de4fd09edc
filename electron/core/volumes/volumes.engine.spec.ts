import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirListing, FilePreview } from '../../../shared/contract/files.js';
import type { TransferTicket } from '../../../shared/contract/transfers.js';
import type { VolumeSummary } from '../../../shared/contract/volumes.js';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
  TEST_IMAGE,
  TEST_LABEL,
} from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'volumes-engine';
const ctx = { clientId: 'test' };
const VOL = 'berth-volspec-data';
const COPY = 'berth-volspec-copy';
const EVIL = 'berth-volspec-evil';
const EVENTS = 'berth-volspec-events';
const BYTES = '\\x00\\x01\\xff\\xfehello\\n\\x7f';

const ok = async <T>(backend: Backend, channel: string, payload: unknown): Promise<T> => {
  const result = await backend.router.invoke(channel, payload, ctx);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

const download = async (backend: Backend, ticket: TransferTicket): Promise<Buffer> => {
  const entry = backend.transfers.take(ticket.id, 'download');
  if (entry?.direction !== 'download') throw new Error('no download');
  return buffer(await entry.source.open(new AbortController().signal));
};

const upload = async (backend: Backend, ticket: TransferTicket, body: Buffer): Promise<unknown> => {
  const entry = backend.transfers.take(ticket.id, 'upload');
  if (entry?.direction !== 'upload') throw new Error('no upload');
  return entry.sink.accept(Readable.from([body]), new AbortController().signal);
};

const helpersOf = (volume: string): Promise<string> =>
  docker(
    'ps',
    '-aq',
    '--filter',
    'label=dev.berth.helper',
    '--filter',
    `label=dev.berth.helper.volume=${volume}`,
  );

const checksums = (volume: string): Promise<string> =>
  docker(
    'run',
    '--rm',
    '--label',
    `${TEST_LABEL}=${SCOPE}`,
    '-v',
    `${volume}:/v:ro`,
    TEST_IMAGE,
    'sh',
    '-c',
    'cd /v && find . | sort && find . -type f | sort | xargs md5sum',
  );

describe('volumes against the real engine', () => {
  let backend: Backend;

  beforeAll(async () => {
    await docker('volume', 'rm', '-f', VOL, COPY, EVIL, EVENTS);
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await removeTestContainers(SCOPE);
    await docker('volume', 'rm', '-f', VOL, COPY, EVIL, EVENTS);
  });

  it('creates, lists, browses, previews and downloads byte-identical, leaving no helper', async () => {
    const created = await ok<VolumeSummary>(backend, 'volumes.create', {
      name: VOL,
      driver: 'local',
      driverOpts: {},
      labels: { [TEST_LABEL]: SCOPE },
    });
    expect(created).toMatchObject({ name: VOL, driver: 'local', labels: { [TEST_LABEL]: SCOPE } });
    await docker(
      'run',
      '--rm',
      '--label',
      `${TEST_LABEL}=${SCOPE}`,
      '-v',
      `${VOL}:/data`,
      TEST_IMAGE,
      'sh',
      '-c',
      `mkdir -p /data/sub && printf '${BYTES}' > /data/x.bin && echo hello > /data/sub/note.txt && ln -s sub /data/link`,
    );
    const expected = Buffer.from(
      await docker(
        'run',
        '--rm',
        '--label',
        `${TEST_LABEL}=${SCOPE}`,
        '-v',
        `${VOL}:/data:ro`,
        TEST_IMAGE,
        'od',
        '-An',
        '-tx1',
        '/data/x.bin',
      ),
    );

    const root = await ok<DirListing>(backend, 'volumes.browse', { name: VOL, path: '/' });
    expect(root.truncated).toBe(false);
    expect(root.entries.map((e) => [e.name, e.kind])).toEqual([
      ['sub', 'directory'],
      ['link', 'symlink'],
      ['x.bin', 'file'],
    ]);
    const sub = await ok<DirListing>(backend, 'volumes.browse', { name: VOL, path: '/sub' });
    expect(sub.entries.map((e) => e.name)).toEqual(['note.txt']);

    expect(
      await ok<FilePreview>(backend, 'volumes.preview', { name: VOL, path: '/sub/note.txt' }),
    ).toMatchObject({ text: 'hello\n', binary: false, size: 6 });
    expect(await ok<FilePreview>(backend, 'volumes.preview', { name: VOL, path: '/x.bin' })).toMatchObject({
      text: null,
      binary: true,
    });

    const ticket = await ok<TransferTicket>(backend, 'volumes.download', {
      name: VOL,
      path: '/x.bin',
      format: 'raw',
    });
    expect(ticket.filename).toBe('x.bin');
    const bytes = await download(backend, ticket);
    expect([...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ')).toBe(
      expected.toString().trim().split(/\s+/).join(' '),
    );
    // The download's helper goes once its stream has closed, just after the last byte.
    await eventually(async () => {
      expect(await helpersOf(VOL)).toBe('');
    }, 10_000);
    const list = await ok<VolumeSummary[]>(backend, 'volumes.list', {});
    expect(list.find((v) => v.name === VOL)?.usedBy).toEqual([]);
  });

  it('exports and imports a volume with the same content, and refuses a tar that climbs out', async () => {
    const exported = await download(
      backend,
      await ok<TransferTicket>(backend, 'volumes.export', { name: VOL }),
    );
    const ticket = await ok<TransferTicket>(backend, 'volumes.import', { name: COPY, driver: 'local' });
    expect(await upload(backend, ticket, exported)).toMatchObject({ name: COPY });
    expect(await checksums(COPY)).toBe(await checksums(VOL));
    await eventually(async () => {
      expect(await helpersOf(VOL)).toBe('');
      expect(await helpersOf(COPY)).toBe('');
    }, 10_000);

    const evil = pack();
    evil.entry({ name: 'ok.txt' }, 'fine');
    evil.entry({ name: '../escape.txt' }, 'nope');
    evil.finalize();
    const refused = await ok<TransferTicket>(backend, 'volumes.import', { name: EVIL, driver: 'local' });
    await expect(upload(backend, refused, await buffer(evil))).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await docker('volume', 'ls', '-q', '--filter', `name=^${EVIL}$`)).toBe('');
    expect(await helpersOf(EVIL)).toBe('');
  });

  it('refuses removing a volume in use, naming the container, and an invalid or taken name', async () => {
    await runTestContainer('berth-volspec-user', SCOPE, ['-v', `${VOL}:/data`]);
    const refused = await backend.router.invoke('volumes.remove', { name: VOL }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refused.ok && refused.error.message).toContain('berth-volspec-user');
    expect(await docker('volume', 'ls', '-q', '--filter', `name=^${VOL}$`)).toBe(VOL);
    const list = await ok<VolumeSummary[]>(backend, 'volumes.list', {});
    expect(list.find((v) => v.name === VOL)?.usedBy.map((u) => u.name)).toEqual(['berth-volspec-user']);

    const bad = await backend.router.invoke(
      'volumes.create',
      { name: '-bad/name', driver: 'local', driverOpts: {}, labels: {} },
      ctx,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const taken = await backend.router.invoke(
      'volumes.create',
      { name: VOL, driver: 'local', driverOpts: {}, labels: {} },
      ctx,
    );
    expect(taken).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await removeTestContainers(SCOPE);
    expect(await ok(backend, 'volumes.remove', { name: COPY })).toEqual({ name: COPY });
  });

  it('pushes volumes.changed when a volume is created or removed outside Berth', async () => {
    const seen: string[][] = [];
    const sub = backend.hub.subscribe((channel, payload) => {
      if (channel === 'volumes.changed') seen.push([...(payload as { names: string[] }).names]);
    });
    try {
      await docker('volume', 'create', '--label', `${TEST_LABEL}=${SCOPE}`, EVENTS);
      await eventually(() => {
        expect(seen.flat()).toContain(EVENTS);
      }, 10_000);
      seen.length = 0;
      await docker('volume', 'rm', EVENTS);
      await eventually(() => {
        expect(seen.flat()).toContain(EVENTS);
      }, 10_000);
    } finally {
      sub.dispose();
    }
  });

  it('a browse of a missing volume is NOT_FOUND and creates nothing', async () => {
    const missing = await backend.router.invoke(
      'volumes.browse',
      { name: 'berth-volspec-missing', path: '/' },
      ctx,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await docker('volume', 'ls', '-q', '--filter', 'name=berth-volspec-missing')).toBe('');
  });
});
