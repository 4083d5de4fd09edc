import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureContext, measureContextWithin, packContext, resolveBuildContext } from './build-context.js';

interface TarEntry {
  readonly name: string;
  readonly type: string;
  readonly mode: number;
  readonly uid: number;
  readonly linkname: string | null;
  readonly content: string;
}

const readTar = (stream: Readable): Promise<TarEntry[]> =>
  new Promise((resolve, reject) => {
    const entries: TarEntry[] = [];
    const extract = tar.extract();
    extract.on('entry', (header, body, next) => {
      const chunks: Buffer[] = [];
      body.on('data', (chunk: Buffer) => chunks.push(chunk));
      body.on('end', () => {
        entries.push({
          name: header.name,
          type: header.type ?? 'file',
          mode: header.mode ?? 0,
          uid: header.uid ?? -1,
          linkname: header.linkname ?? null,
          content: Buffer.concat(chunks).toString('utf8'),
        });
        next();
      });
    });
    extract.on('finish', () => resolve(entries));
    extract.on('error', reject);
    stream.on('error', reject);
    stream.pipe(extract);
  });

const pack = (context: Awaited<ReturnType<typeof resolveBuildContext>>): Promise<TarEntry[]> => {
  let failure: Error | null = null;
  const stream = packContext(context, new AbortController().signal, (err) => (failure = err));
  return readTar(stream).then((entries) => {
    if (failure) throw failure;
    return entries;
  });
};

describe('build context: measure and tar', () => {
  let dir: string;
  let root: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-ctx-'));
    root = join(dir, 'ctx');
    const files: Record<string, string> = {
      Dockerfile: 'FROM scratch\n',
      'a.txt': 'aaaa',
      'run.sh': '#!/bin/sh\n',
      'logs/x.log': 'x',
      'logs/keep/y.log': 'yy',
      'node_modules/m.js': 'm',
      'src/node_modules/n.js': 'n',
      'src/main.ts': 'main',
    };
    for (const [name, content] of Object.entries(files)) {
      await mkdir(join(root, name, '..'), { recursive: true });
      await writeFile(join(root, name), content);
    }
    await chmod(join(root, 'run.sh'), 0o750);
    await symlink('../outside-target', join(root, 'dangling'));
    await symlink('a.txt', join(root, 'alias'));
    await writeFile(join(root, '.dockerignore'), '**/node_modules\nlogs\n!logs/keep\n.dockerignore\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('counts files, bytes, links and what was ignored', async () => {
    const info = await measureContext(await resolveBuildContext(root, 'Dockerfile'));
    expect(info).toEqual({
      contextPath: root,
      dockerfile: 'Dockerfile',
      dockerfileInContext: true,
      hasDockerignore: true,
      // .dockerignore (sent although it ignores itself), Dockerfile, a.txt, logs/keep/y.log, run.sh, src/main.ts
      files: 6,
      bytes: '**/node_modules\nlogs\n!logs/keep\n.dockerignore\n'.length + 13 + 4 + 2 + 10 + 4,
      // logs/keep (logs itself is only walked into), src
      directories: 2,
      symlinks: 2,
      ignored: ['logs/x.log', 'node_modules/', 'src/node_modules/'],
      ignoredCount: 3,
    });
  });

  it('tars what it measured: sorted, modes kept, owner 0, symlinks as links (even dangling)', async () => {
    const entries = await pack(await resolveBuildContext(root, 'Dockerfile'));
    expect(entries.map((e) => `${e.type} ${e.name}`)).toEqual([
      'file .dockerignore',
      'file Dockerfile',
      'file a.txt',
      'symlink alias',
      'symlink dangling',
      'directory logs/keep/',
      'file logs/keep/y.log',
      'file run.sh',
      'directory src/',
      'file src/main.ts',
    ]);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('run.sh')?.mode).toBe(0o750);
    expect(byName.get('alias')).toMatchObject({ linkname: 'a.txt', content: '' });
    expect(byName.get('dangling')?.linkname).toBe('../outside-target');
    expect(byName.get('src/main.ts')?.content).toBe('main');
    expect(entries.every((e) => e.uid === 0)).toBe(true);
  });

  it('adds a Dockerfile from outside under a generated name, and names it in .dockerignore', async () => {
    const outside = join(dir, 'Other.Dockerfile');
    await writeFile(outside, 'FROM scratch\nLABEL outside=1\n');
    const context = await resolveBuildContext(root, outside);
    expect(context.dockerfileInContext).toBe(false);
    expect(context.dockerfileName).toMatch(/^\.dockerfile\.[0-9a-f]{20}$/);
    const entries = await pack(context);
    const generated = entries.find((e) => e.name === context.dockerfileName);
    expect(generated).toMatchObject({ content: 'FROM scratch\nLABEL outside=1\n', mode: 0o600 });
    const ignore = entries.find((e) => e.name === '.dockerignore');
    expect(ignore?.content).toBe(
      `**/node_modules\nlogs\n!logs/keep\n.dockerignore\n\n${context.dockerfileName}\n`,
    );
    // The context's own Dockerfile is just another file here, and still sent.
    expect(entries.some((e) => e.name === 'Dockerfile')).toBe(true);
    expect((await measureContext(context)).files).toBe(7);
  });

  it('creates a .dockerignore for an outside Dockerfile when the context has none', async () => {
    const bare = join(dir, 'bare');
    await mkdir(bare);
    await writeFile(join(bare, 'f'), 'f');
    const context = await resolveBuildContext(bare, join(root, 'Dockerfile'));
    const entries = await pack(context);
    expect(entries.map((e) => e.name)).toEqual(['f', context.dockerfileName, '.dockerignore']);
    expect(entries[2]?.content).toBe(`\n${context.dockerfileName}\n`);
  });

  it('refuses bad contexts with clear errors', async () => {
    await expect(resolveBuildContext('ctx', 'Dockerfile')).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(resolveBuildContext(join(dir, 'missing'), 'Dockerfile')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `The context folder ${join(dir, 'missing')} does not exist.`,
    });
    await expect(resolveBuildContext(join(root, 'a.txt'), 'Dockerfile')).rejects.toMatchObject({
      code: 'VALIDATION',
      message: `The context ${join(root, 'a.txt')} is not a folder.`,
    });
    await expect(resolveBuildContext(root, 'src')).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(resolveBuildContext(root, 'nope/Dockerfile')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const broken = join(dir, 'broken');
    await mkdir(broken);
    await writeFile(join(broken, 'Dockerfile'), 'FROM scratch\n');
    await writeFile(join(broken, '.dockerignore'), 'ok\n[unclosed\n');
    await expect(resolveBuildContext(broken, 'Dockerfile')).rejects.toMatchObject({
      code: 'VALIDATION',
      message: `${join(broken, '.dockerignore')}: syntax error in pattern: [unclosed`,
    });
  });

  it('stops producing the tar when aborted', async () => {
    const controller = new AbortController();
    const stream = packContext(
      await resolveBuildContext(root, 'Dockerfile'),
      controller.signal,
      () => undefined,
    );
    let ended = false;
    stream.on('end', () => (ended = true));
    const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
    stream.resume();
    controller.abort();
    await closed;
    // Give a walk still in flight the chance to (wrongly) finish the archive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ended).toBe(false);
  });
});

describe('measuring with a deadline', () => {
  it('says which folder took too long, as a TIMEOUT', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'berth-ctx-slow-'));
    try {
      for (let i = 0; i < 200; i++) await mkdir(join(dir, `d${i}`, 'x', 'y'), { recursive: true });
      await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\n');
      const context = await resolveBuildContext(dir, 'Dockerfile');
      await expect(measureContextWithin(context, 0)).rejects.toMatchObject({
        code: 'TIMEOUT',
        message: expect.stringContaining(`Reading ${dir} took longer than 0 s`) as unknown,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('streaming', () => {
  it('reads a large file only as fast as the tar is consumed (nothing is buffered whole)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'berth-ctx-big-'));
    try {
      await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\n');
      // 64 MiB, sparse: cheap to create, but every byte must go through the tar.
      await writeFile(join(dir, 'big.bin'), '');
      await truncate(join(dir, 'big.bin'), 64 * 1024 * 1024);
      const stream = packContext(
        await resolveBuildContext(dir, 'Dockerfile'),
        new AbortController().signal,
        () => undefined,
      );
      // Nobody reads: the pack may fill its buffer, then must stop reading the file.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stream.readableLength).toBeLessThan(2 * 1024 * 1024);
      // Reading it all still yields every byte.
      let total = 0;
      for await (const chunk of stream) total += (chunk as Buffer).length;
      expect(total).toBeGreaterThan(64 * 1024 * 1024);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
