import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BrowsableRegistry,
  Favorites,
  QuickRunResult,
  RepositoryPage,
  TagDetail,
  TagPage,
} from '../../../shared/contract/discover.js';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import type { RunForm } from '../../../shared/run/run-form.js';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath } from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';
import {
  fetchText,
  removeRuns,
  runFacts,
  startDiscoverRegistry,
  type DiscoverRegistry,
} from './discover.fixtures.js';

const SCOPE = 'discover';
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ctx = { clientId: 'test' };

describe('discover: a real registry and engine', () => {
  let backend: Backend;
  let fixture: DiscoverRegistry;
  let dataDir: string;
  const previousConfig = process.env.DOCKER_CONFIG;
  const created: string[] = [];

  const call = (channel: string, payload: unknown) => backend.router.invoke(channel, payload, ctx);
  const invoke = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await call(channel, payload);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };

  beforeAll(async () => {
    fixture = await startDiscoverRegistry(SCOPE, unique);
    process.env.DOCKER_CONFIG = fixture.configDir;
    dataDir = await mkdtemp(join(tmpdir(), 'berth-discover-data-'));
    backend = backendFor(`unix://${engineSocketPath()}`, { dataDir });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  }, 120_000);

  afterAll(async () => {
    backend.dispose();
    await removeRuns(created, unique);
    await fixture.stop();
    await rm(dataDir, { recursive: true, force: true });
    if (previousConfig === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = previousConfig;
  });

  it('lists the registry the CLI is logged in to, and one added by address (persisted)', async () => {
    const listed = await invoke<BrowsableRegistry[]>('discover.registries', {});
    expect(listed).toContainEqual({
      address: fixture.registry.host,
      loggedIn: true,
      helper: null,
      added: false,
      scheme: 'http',
    });
    const added = await invoke<BrowsableRegistry[]>('discover.addRegistry', {
      registry: 'https://registry.example:5443/',
    });
    expect(added.find((r) => r.address === 'registry.example:5443')).toEqual({
      address: 'registry.example:5443',
      loggedIn: false,
      helper: null,
      added: true,
      scheme: 'https',
    });
    // A fresh backend on the same data folder still has it.
    const again = backendFor(`unix://${engineSocketPath()}`, { dataDir });
    try {
      const result = await again.router.invoke('discover.registries', {}, ctx);
      expect(result.ok && (result.value as BrowsableRegistry[]).map((r) => r.address)).toContain(
        'registry.example:5443',
      );
    } finally {
      again.dispose();
    }
    await invoke('discover.removeRegistry', { registry: 'registry.example:5443' });
    expect((await invoke<BrowsableRegistry[]>('discover.registries', {})).map((r) => r.address)).toEqual([
      fixture.registry.host,
    ]);
  });

  it('refuses addresses that are not registries, Docker Hub, and names that would leave the API path', async () => {
    for (const registry of ['docker.io', 'not a host', 'a/../../b', '', 'x'.repeat(400)]) {
      expect(await call('discover.addRegistry', { registry })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    for (const repository of ['../etc', 'Upper', 'a//b', 'a?b']) {
      expect(await call('discover.tags', { registry: fixture.registry.host, repository })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });

  it('pages the catalog by the Link header: every repository once, in the registry order', async () => {
    const seen: string[] = [];
    let last: string | undefined;
    let pages = 0;
    do {
      const page = await invoke<RepositoryPage>('discover.repositories', {
        registry: fixture.registry.host,
        pageSize: 1,
        ...(last ? { last } : {}),
      });
      seen.push(...page.repositories);
      last = page.next ?? undefined;
      pages++;
    } while (last && pages < 20);
    expect(seen).toEqual(Object.keys(fixture.repositories).sort());
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('lists tags as the registry reports them (its order, every page)', async () => {
    const repository = `discover-${unique}/tools`;
    const page = await invoke<TagPage>('discover.tags', { registry: fixture.registry.host, repository });
    const raw = await fixture.tags(repository);
    expect(page).toEqual({ registry: fixture.registry.host, repository, tags: raw, next: null });
    expect([...page.tags].sort()).toEqual(['a', 'b', 'latest']);
  });

  it('describes a tag as the registry reports it: digest, platform, summed layer sizes, created, ports, volumes', async () => {
    const { repository, tag } = fixture.web;
    const detail = await invoke<TagDetail>('discover.tag', {
      registry: fixture.registry.host,
      repository,
      tag,
    });
    const raw = await fixture.manifest(repository, tag);
    const layers = raw.body.layers as { size: number }[];
    const engine = await docker('version', '--format', '{{.Server.Os}}/{{.Server.Arch}}');
    expect(detail).toMatchObject({
      kind: 'image',
      digest: fixture.pushedDigests[`${repository}:${tag}`],
      reference: `${fixture.registry.host}/${repository}:${tag}`,
      enginePlatform: engine,
      runsOnEngine: true,
      moreImages: 0,
    });
    expect(detail.images).toHaveLength(1);
    expect(detail.images[0]).toMatchObject({
      platform: engine,
      digest: raw.digest,
      size: layers.reduce((sum, l) => sum + l.size, 0),
      exposedPorts: ['8080/tcp'],
      volumes: ['/data'],
    });
    expect(Date.parse(detail.images[0]?.created ?? '')).toBeGreaterThan(Date.parse('2020-01-01'));
  });

  it('reads a manifest list into its platforms, and says when no image runs on this engine', async () => {
    const multi = await invoke<TagDetail>('discover.tag', {
      registry: fixture.registry.host,
      repository: fixture.multi.repository,
      tag: fixture.multi.tag,
    });
    expect(multi.kind).toBe('index');
    expect(multi.digest).toBe((await fixture.manifest(fixture.multi.repository, fixture.multi.tag)).digest);
    expect(multi.images.map((i) => i.platform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(multi.images[1]?.created).toBe('2020-01-02T03:04:05Z');
    expect(multi.runsOnEngine).toBe(true);
    const foreign = await invoke<TagDetail>('discover.tag', {
      registry: fixture.registry.host,
      repository: fixture.foreign.repository,
      tag: fixture.foreign.tag,
    });
    expect(foreign.images.map((i) => i.platform)).toEqual(['linux/s390x']);
    expect(foreign.runsOnEngine).toBe(false);
  });

  it('pulls one platform of a manifest list when asked (docker pull --platform)', async () => {
    const image = `${fixture.registry.host}/${fixture.multi.repository}:${fixture.multi.tag}`;
    const task = await invoke<TaskSummary>('discover.pull', { image, platform: 'linux/arm64/v8' });
    expect(await backend.tasks.whenEnded(task.id)).toMatchObject({ state: 'succeeded' });
    expect(await docker('image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}', image)).toBe(
      'linux/arm64',
    );
    for (const platform of ['linux', 'linux/../x', 'LINUX/AMD64']) {
      expect(await call('discover.pull', { image, platform })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });

  it('one click: pulls, then runs with a port on 127.0.0.1 that answers and a new named volume at the VOLUME', async () => {
    const image = `${fixture.registry.host}/${fixture.web.repository}:${fixture.web.tag}`;
    await expect(docker('image', 'inspect', image)).rejects.toThrow();
    expect(await call('discover.plan', { image })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const task = await invoke<TaskSummary>('discover.pull', { image });
    expect(await backend.tasks.whenEnded(task.id)).toMatchObject({ state: 'succeeded' });

    const plan = await invoke<RunForm>('discover.plan', { image });
    expect(plan).toMatchObject({
      image,
      name: 'web',
      ports: [{ hostIp: '127.0.0.1', hostPort: '', containerPort: '8080', protocol: 'tcp' }],
      mounts: [{ kind: 'volume', source: 'web-data', target: '/data', readOnly: false }],
      start: true,
    });

    // Two clicks at once (two windows): two containers, two names, two volumes.
    const [first, second] = await Promise.all([
      invoke<QuickRunResult>('discover.run', { image }),
      invoke<QuickRunResult>('discover.run', { image }),
    ]);
    created.push(first.id, second.id);
    expect(first).toMatchObject({ started: true });
    expect(second.name).not.toBe(first.name);
    expect(second.name).toMatch(/^web(-\d+)?$/);

    const facts = await runFacts(first.id);
    expect(facts.running).toBe(true);
    expect(facts.binding?.HostIp).toBe('127.0.0.1');
    expect(Number(facts.binding?.HostPort)).toBeGreaterThan(0);
    expect(first.url).toBe(`http://127.0.0.1:${facts.binding?.HostPort ?? ''}/`);
    expect(facts.mounts).toEqual([expect.objectContaining({ Type: 'volume', Destination: '/data' })]);
    const volume = facts.mounts[0]?.Name ?? '';
    // Named after its container (whichever of the two clicks won the plain name "web").
    expect(volume).toMatch(new RegExp(`^${first.name}-data(-\\d+)?$`));
    // The two containers got two volumes: a one-click run never shares another's data.
    expect((await runFacts(second.id)).mounts[0]?.Name).not.toBe(volume);
    const body = await fetchText(`http://127.0.0.1:${facts.binding?.HostPort ?? ''}/index.html`);
    expect(body.trim()).toBe(fixture.web.marker);

    const favorites = await invoke<Favorites>('discover.favorites', {});
    expect(favorites.recent[0]?.image).toBe(image);
  }, 120_000);

  it('stars images, persisted in the data folder', async () => {
    const image = `${fixture.registry.host}/${fixture.web.repository}:1.1`;
    expect((await invoke<Favorites>('discover.star', { image, starred: true })).starred).toEqual([image]);
    expect((await invoke<Favorites>('discover.favorites', {})).starred).toEqual([image]);
    expect((await invoke<Favorites>('discover.star', { image, starred: false })).starred).toEqual([]);
  });

  it('deletes a tag by its digest; the tag is gone from the list', async () => {
    const repository = `discover-${unique}/tools`;
    const deleted = await invoke<{ digest: string }>('discover.deleteTag', {
      registry: fixture.registry.host,
      repository,
      tag: 'b',
    });
    expect(deleted.digest).toBe(fixture.pushedDigests[`${repository}:b`]);
    const tags = await invoke<TagPage>('discover.tags', { registry: fixture.registry.host, repository });
    expect([...tags.tags].sort()).toEqual(['a', 'latest']);
    expect(
      await call('discover.tag', { registry: fixture.registry.host, repository, tag: 'b' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('without credentials the registry is a plain "log in" message, not a crash', async () => {
    process.env.DOCKER_CONFIG = dataDir;
    try {
      expect(await call('discover.repositories', { registry: fixture.registry.host })).toMatchObject({
        ok: false,
        error: {
          code: 'UNAUTHORIZED',
          message: `${fixture.registry.host} asks for credentials: log in to it first.`,
        },
      });
    } finally {
      process.env.DOCKER_CONFIG = fixture.configDir;
    }
  });
});
