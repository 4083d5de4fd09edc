import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docker, runTestContainer, TEST_IMAGE, TEST_LABEL } from '../testing/docker-cli.js';

/** Ids of what a labelled prune should take, made with the docker CLI. */
export interface PruneFixture {
  readonly containers: string[];
  readonly networks: string[];
  readonly volumes: string[];
  readonly images: string[];
}

const buildImage = async (tag: string, scope: string, generation: number): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'berth-prune-'));
  try {
    await writeFile(
      join(dir, 'Dockerfile'),
      `FROM ${TEST_IMAGE}\nLABEL ${TEST_LABEL}=${scope} berth.generation=${generation}\n`,
    );
    await docker('build', '-q', '-t', tag, dir);
    return await docker('image', 'inspect', '--format', '{{.Id}}', tag);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/**
 * Stopped containers, unused networks and volumes and one dangling image, all labelled
 * `berth.test=<scope>`; the tagged image that replaced the dangling one stays in use by a
 * running container of the same scope, so only the dangling one is eligible.
 */
export const createPruneFixture = async (scope: string, prefix: string): Promise<PruneFixture> => {
  const label = `${TEST_LABEL}=${scope}`;
  const tag = `${prefix}-img:latest`;
  const dangling = await buildImage(tag, scope, 1);
  await buildImage(tag, scope, 2);
  // Keeps the tagged image, a network and a volume in use: none of them may be offered.
  await docker('network', 'create', '--label', label, `${prefix}-net-used`);
  await docker('volume', 'create', '--label', label, `${prefix}-vol-used`);
  await docker(
    'run',
    '-d',
    '--name',
    `${prefix}-running`,
    '--label',
    label,
    '--network',
    `${prefix}-net-used`,
    '-v',
    `${prefix}-vol-used:/data`,
    tag,
    'sleep',
    '3600',
  );
  const containers = await Promise.all(
    [1, 2].map(async (n) => {
      const id = await runTestContainer(`${prefix}-stopped-${n}`, scope, [], ['true']);
      await docker('wait', id);
      return id;
    }),
  );
  const networks = await Promise.all(
    [1, 2].map((n) => docker('network', 'create', '--label', label, `${prefix}-net-${n}`)),
  );
  const volumes = await Promise.all(
    [1, 2].map((n) => docker('volume', 'create', '--label', label, `${prefix}-vol-${n}`)),
  );
  return { containers, networks, volumes, images: [dangling] };
};

/** What must survive: the same kinds under another label value. */
export const createBystanders = async (scope: string, prefix: string): Promise<PruneFixture> => {
  const label = `${TEST_LABEL}=${scope}`;
  const id = await runTestContainer(`${prefix}-keep-stopped`, scope, [], ['true']);
  await docker('wait', id);
  return {
    containers: [id],
    networks: [await docker('network', 'create', '--label', label, `${prefix}-keep-net`)],
    volumes: [await docker('volume', 'create', '--label', label, `${prefix}-keep-vol`)],
    images: [],
  };
};

/** Removes everything either fixture made, by label and name only. */
export const removePruneFixture = async (scopes: readonly string[]): Promise<void> => {
  for (const scope of scopes) {
    const filter = `label=${TEST_LABEL}=${scope}`;
    const containers = await docker('ps', '-aq', '--filter', filter);
    if (containers) await docker('rm', '-f', ...containers.split('\n'));
    const networks = await docker('network', 'ls', '-q', '--filter', filter);
    if (networks) await docker('network', 'rm', ...networks.split('\n'));
    const volumes = await docker('volume', 'ls', '-q', '--filter', filter);
    if (volumes) await docker('volume', 'rm', ...volumes.split('\n'));
    const images = await docker('images', '-aq', '--filter', filter);
    if (images) await docker('rmi', '-f', ...new Set(images.split('\n')));
  }
};

export const existing = async (
  kind: 'container' | 'network' | 'volume' | 'image',
  ids: readonly string[],
) => {
  const found: string[] = [];
  for (const id of ids) {
    try {
      await docker(kind, 'inspect', '--format', kind === 'volume' ? '{{.Name}}' : '{{.Id}}', id);
      found.push(id);
    } catch {
      // Gone.
    }
  }
  return found;
};
