import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEDIA_TYPES } from '../../../shared/discover/registry-documents.js';
import { docker, TEST_IMAGE, TEST_LABEL } from '../testing/docker-cli.js';
import { startTestRegistry, type TestRegistry } from '../testing/registry.js';

/** What a discover test sees in its registry, with the facts to check the UI against. */
export interface DiscoverRegistry {
  readonly registry: TestRegistry;
  /** A docker CLI config folder logged in to the registry (auths), for Berth and the CLI. */
  readonly configDir: string;
  /** Repository → its tags, as pushed. */
  readonly repositories: Readonly<Record<string, readonly string[]>>;
  /** The web image: EXPOSE 8080, VOLUME /data holding index.html with `marker`. */
  readonly web: { readonly repository: string; readonly tag: string; readonly marker: string };
  /** A tag that is a manifest list of linux/amd64 (the web image) and linux/arm64/v8. */
  readonly multi: { readonly repository: string; readonly tag: string };
  /** A tag whose only image is linux/s390x: nothing this engine runs. */
  readonly foreign: { readonly repository: string; readonly tag: string };
  /** `repo:tag` → the digest `docker push` printed. */
  readonly pushedDigests: Readonly<Record<string, string>>;
  /** Asks the registry (Basic auth, nothing of Berth's) for a manifest. */
  manifest(repository: string, reference: string): Promise<{ digest: string; body: Record<string, unknown> }>;
  /** The registry's own tags/list answer. */
  tags(repository: string): Promise<string[]>;
  stop(): Promise<void>;
}

const build = async (tag: string, lines: readonly string[], scope: string): Promise<void> => {
  const dir = await mkdtemp(join(tmpdir(), 'berth-discover-build-'));
  try {
    await writeFile(
      join(dir, 'Dockerfile'),
      [`FROM ${TEST_IMAGE}`, `LABEL ${TEST_LABEL}=${scope}`, ...lines, ''].join('\n'),
    );
    await docker('build', '-q', '-t', tag, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

const sha = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * A real registry (Debian's docker-registry, htpasswd, deletes enabled) holding three
 * repositories with several tags, each built FROM the test image and pushed with the docker
 * CLI; plus a manifest list and a foreign-platform tag written through the registry API. Local
 * copies are removed, so a pull really downloads.
 */
export const startDiscoverRegistry = async (scope: string, unique: string): Promise<DiscoverRegistry> => {
  const registry = await startTestRegistry();
  const configDir = await mkdtemp(join(tmpdir(), 'berth-discover-config-'));
  const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
  await writeFile(join(configDir, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }));
  const base = `${registry.host}/discover-${unique}`;
  const marker = `hello from discover ${unique}`;
  const specs: { repository: string; tag: string; lines: string[] }[] = [
    {
      repository: 'web',
      tag: '1.0',
      lines: [
        'RUN mkdir -p /data',
        `RUN echo "${marker}" > /data/index.html`,
        'EXPOSE 8080',
        'VOLUME /data',
        'CMD ["httpd", "-f", "-p", "8080", "-h", "/data"]',
      ],
    },
    { repository: 'web', tag: '1.1', lines: ['LABEL berth.discover.variant=web-1.1', 'EXPOSE 8080'] },
    { repository: 'tools', tag: 'a', lines: ['LABEL berth.discover.variant=tools-a'] },
    { repository: 'tools', tag: 'b', lines: ['LABEL berth.discover.variant=tools-b', 'RUN echo b > /b'] },
    {
      repository: 'tools',
      tag: 'latest',
      lines: ['LABEL berth.discover.variant=tools-latest', 'VOLUME /cache'],
    },
    { repository: 'notes', tag: 'v1', lines: ['LABEL berth.discover.variant=notes-v1', 'EXPOSE 9000/udp'] },
  ];
  const pushedDigests: Record<string, string> = {};
  const repositories: Record<string, string[]> = {};
  for (const spec of specs) {
    const ref = `${base}/${spec.repository}:${spec.tag}`;
    await build(ref, spec.lines, scope);
    const out = await docker('--config', configDir, 'push', ref);
    const digest = /digest: (sha256:[a-f0-9]{64})/.exec(out)?.[1];
    if (!digest) throw new Error(`no digest in push output: ${out}`);
    pushedDigests[`discover-${unique}/${spec.repository}:${spec.tag}`] = digest;
    (repositories[`discover-${unique}/${spec.repository}`] ??= []).push(spec.tag);
  }
  await docker('rmi', ...specs.map((s) => `${base}/${s.repository}:${s.tag}`));

  const origin = `http://${registry.host}`;
  const authorization = `Basic ${auth}`;
  const api = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(`${origin}${path}`, {
      ...init,
      headers: { Authorization: authorization, ...(init.headers as Record<string, string> | undefined) },
    });
    if (!response.ok)
      throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const manifest = async (
    repository: string,
    reference: string,
  ): Promise<{ digest: string; body: Record<string, unknown>; bytes: Buffer }> => {
    const response = await api(`/v2/${repository}/manifests/${reference}`, {
      headers: {
        Accept: [
          MEDIA_TYPES.ociIndex,
          MEDIA_TYPES.dockerList,
          MEDIA_TYPES.dockerManifest,
          MEDIA_TYPES.ociManifest,
        ].join(', '),
      },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      digest: response.headers.get('docker-content-digest') ?? sha(bytes),
      body: JSON.parse(bytes.toString()) as Record<string, unknown>,
      bytes,
    };
  };
  const putBlob = async (repository: string, bytes: Buffer): Promise<string> => {
    const digest = sha(bytes);
    const start = await api(`/v2/${repository}/blobs/uploads/`, { method: 'POST' });
    const location = new URL(start.headers.get('location') ?? '', origin);
    location.searchParams.set('digest', digest);
    await api(`${location.pathname}${location.search}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: bytes,
    });
    return digest;
  };
  const putManifest = async (
    repository: string,
    reference: string,
    type: string,
    body: unknown,
  ): Promise<{ digest: string; size: number }> => {
    const bytes = Buffer.from(JSON.stringify(body));
    await api(`/v2/${repository}/manifests/${reference}`, {
      method: 'PUT',
      headers: { 'Content-Type': type },
      body: bytes,
    });
    return { digest: sha(bytes), size: bytes.length };
  };
  /** The web image's layers under another platform's config: a real image the engine cannot run. */
  const foreignImage = async (repository: string, platform: { architecture: string; variant?: string }) => {
    const source = await manifest(repository, '1.0');
    // The same layers (so the engine can really pull it), described as another platform's image.
    const sourceConfig = (source.body.config as { digest: string }).digest;
    const original = (await (await api(`/v2/${repository}/blobs/${sourceConfig}`)).json()) as Record<
      string,
      unknown
    >;
    const config = {
      ...original,
      architecture: platform.architecture,
      ...(platform.variant ? { variant: platform.variant } : {}),
      os: 'linux',
      created: '2020-01-02T03:04:05Z',
    };
    const configBytes = Buffer.from(JSON.stringify(config));
    const configDigest = await putBlob(repository, configBytes);
    const body = {
      ...source.body,
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: configBytes.length,
        digest: configDigest,
      },
    };
    return { body, amd64: source };
  };
  const webRepo = `discover-${unique}/web`;
  const arm = await foreignImage(webRepo, { architecture: 'arm64', variant: 'v8' });
  const armManifest = await putManifest(webRepo, 'arm64-only', MEDIA_TYPES.dockerManifest, arm.body);
  await putManifest(webRepo, 'multi', MEDIA_TYPES.dockerList, {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.dockerList,
    manifests: [
      {
        mediaType: MEDIA_TYPES.dockerManifest,
        digest: arm.amd64.digest,
        size: arm.amd64.bytes.length,
        platform: { architecture: 'amd64', os: 'linux' },
      },
      {
        mediaType: MEDIA_TYPES.dockerManifest,
        digest: armManifest.digest,
        size: armManifest.size,
        platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
      },
    ],
  });
  const s390x = await foreignImage(webRepo, { architecture: 's390x' });
  await putManifest(webRepo, 's390x-only', MEDIA_TYPES.dockerManifest, s390x.body);
  (repositories[webRepo] as string[]).push('arm64-only', 'multi', 's390x-only');

  return {
    registry,
    configDir,
    repositories,
    web: { repository: webRepo, tag: '1.0', marker },
    multi: { repository: webRepo, tag: 'multi' },
    foreign: { repository: webRepo, tag: 's390x-only' },
    pushedDigests,
    manifest: async (repository, reference) => {
      const { digest, body } = await manifest(repository, reference);
      return { digest, body };
    },
    tags: async (repository) =>
      ((await (await api(`/v2/${repository}/tags/list`)).json()) as { tags: string[] }).tags,
    stop: async () => {
      await registry.stop();
      await rm(configDir, { recursive: true, force: true });
    },
  };
};

/** What a one-click run made, read with the docker CLI (nothing of Berth's). */
export interface RunFacts {
  readonly running: boolean;
  /** The binding of the web image's 8080/tcp. */
  readonly binding: { readonly HostIp: string; readonly HostPort: string } | undefined;
  readonly mounts: readonly { readonly Type: string; readonly Name: string; readonly Destination: string }[];
}

export const runFacts = async (container: string): Promise<RunFacts> => {
  const [inspect] = JSON.parse(await docker('inspect', container)) as [
    {
      State: { Running: boolean };
      NetworkSettings: { Ports: Record<string, { HostIp: string; HostPort: string }[] | null> };
      Mounts: { Type: string; Name: string; Destination: string }[];
    },
  ];
  return {
    running: inspect.State.Running,
    binding: inspect.NetworkSettings.Ports['8080/tcp']?.[0],
    mounts: inspect.Mounts,
  };
};

/** GETs `url` until it answers (the server in a new container needs a moment), up to `timeoutMs`. */
export const fetchText = async (url: string, timeoutMs = 15_000): Promise<string> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await (await fetch(url)).text();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
};

/**
 * Removes what the test's one-click runs made: the containers (by id or name), the volumes they
 * were given (read from them, never matched by name), and the images pulled from the registry.
 */
export const removeRuns = async (containers: readonly string[], unique: string): Promise<void> => {
  const volumes: string[] = [];
  for (const container of containers) {
    const mounts = await docker('inspect', '--format', '{{range .Mounts}}{{.Name}} {{end}}', container).catch(
      () => '',
    );
    volumes.push(...mounts.split(' ').filter(Boolean));
    await docker('rm', '-f', container).catch(() => '');
  }
  if (volumes.length > 0) await docker('volume', 'rm', ...volumes).catch(() => '');
  const pulled = (await docker('images', '--format', '{{.Repository}}:{{.Tag}}'))
    .split('\n')
    .filter((ref) => ref.includes(`discover-${unique}`));
  if (pulled.length > 0) await docker('rmi', ...pulled).catch(() => '');
};
