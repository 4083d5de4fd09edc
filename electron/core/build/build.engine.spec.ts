import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContextInfo, LoadResult } from '../../../shared/contract/build.js';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import type { TransferTicket } from '../../../shared/contract/transfers.js';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath, eventually, TEST_IMAGE, TEST_LABEL } from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'build-engine';
const LABEL = `${TEST_LABEL}=${SCOPE}`;
const ctx = { clientId: 'test' };
const execFileAsync = promisify(execFile);

const baseRequest = {
  dockerfile: 'Dockerfile',
  tags: [] as string[],
  buildArgs: [] as { key: string; value: string }[],
  labels: [{ key: TEST_LABEL, value: SCOPE }],
  target: '',
  noCache: false,
  pull: false,
};

/** Lists what a context sent: every path under /ctx with its type, as `find` sees it. */
const LIST_CTX = 'cd /ctx && find . | sort && readlink link && stat -c %a script.sh';

const removeScopedImages = async (): Promise<void> => {
  const ids = await docker('images', '-aq', '--filter', `label=${LABEL}`);
  if (ids) await docker('rmi', '-f', ...new Set(ids.split('\n'))).catch(() => '');
};

const scopedContainers = (): Promise<string> => docker('ps', '-aq', '--filter', `label=${LABEL}`);

describe('building images and moving them as tar files, against the real engine', () => {
  let backend: Backend;
  let dir: string;

  const invoke = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await backend.router.invoke(channel, payload, ctx);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { envelope: result.error });
    return result.value as T;
  };

  /** Runs a build to its end; returns the ended task and all its console output. */
  const build = async (
    request: Partial<typeof baseRequest> & { contextPath: string },
  ): Promise<{ task: TaskSummary; output: string }> => {
    const started = await invoke<TaskSummary>('build.start', { ...baseRequest, ...request });
    expect(started).toMatchObject({ kind: 'build', state: 'running' });
    let output = '';
    const following = backend.tasks.follow(
      started.id,
      (text) => (output += text),
      () => undefined,
    );
    const task = await backend.tasks.whenEnded(started.id);
    following.dispose();
    return { task, output };
  };

  const runIn = (image: string, script: string): Promise<string> =>
    docker('run', '--rm', '--label', LABEL, image, 'sh', '-c', script);

  beforeAll(async () => {
    await removeScopedImages();
    dir = await mkdtemp(join(tmpdir(), 'berth-build-'));
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    const containers = await scopedContainers();
    if (containers) await docker('rm', '-f', ...containers.split('\n'));
    await removeScopedImages();
    await rm(dir, { recursive: true, force: true });
  });

  describe('a context with .dockerignore, a symlink, build args and a target stage', () => {
    let context: string;

    beforeAll(async () => {
      context = join(dir, 'ctx');
      const files: Record<string, string> = {
        'app.txt': 'app',
        'debug.log': 'noise',
        'keep.log': 'kept',
        'sub/c.txt': 'c',
        'sub/debug.log': 'anchored patterns do not reach here',
        'node_modules/a.js': 'a',
        'sub/node_modules/b.js': 'b',
        'secret/x.txt': 'x',
        'secret/allowed.txt': 'allowed',
        'build/out.bin': 'out',
        'script.sh': '#!/bin/sh\necho hi\n',
      };
      for (const [name, content] of Object.entries(files)) {
        await mkdir(join(context, name, '..'), { recursive: true });
        await writeFile(join(context, name), content);
      }
      await chmod(join(context, 'script.sh'), 0o755);
      await symlink('app.txt', join(context, 'link'));
      await writeFile(
        join(context, '.dockerignore'),
        [
          '# node modules anywhere, logs at the root except one',
          '**/node_modules',
          '*.log',
          '!keep.log',
          'secret/',
          '!secret/allowed.txt',
          '/build',
          // Ignored, yet the CLI still sends it (and the engine then leaves it out of COPY).
          'Dockerfile',
        ].join('\n'),
      );
      await writeFile(
        join(context, 'Dockerfile'),
        [
          `FROM ${TEST_IMAGE} AS first`,
          'ARG GREETING=none',
          'COPY . /ctx',
          'RUN echo "$GREETING" > /greeting && echo first > /stage',
          'FROM first AS second',
          'RUN echo second > /stage',
        ].join('\n'),
      );
    });

    it('measures what will be sent before the upload', async () => {
      const info = await invoke<ContextInfo>('build.contextInfo', {
        contextPath: context,
        dockerfile: 'Dockerfile',
      });
      expect(info).toMatchObject({
        contextPath: context,
        dockerfile: 'Dockerfile',
        dockerfileInContext: true,
        hasDockerignore: true,
        // .dockerignore, Dockerfile, app.txt, keep.log, script.sh, sub/c.txt, sub/debug.log, secret/allowed.txt
        files: 8,
        // sub (secret is only walked into, not sent)
        directories: 1,
        symlinks: 1,
      });
      expect([...info.ignored].sort()).toEqual(
        ['build/', 'debug.log', 'node_modules/', 'secret/x.txt', 'sub/node_modules/'].sort(),
      );
      expect(info.ignoredCount).toBe(5);
      expect(info.bytes).toBeGreaterThan(0);
    });

    it('sends exactly what the docker CLI sends, and applies the build arg and target', async () => {
      const tag = `berth-test/build-ctx:${SCOPE}`;
      const { task, output } = await build({
        contextPath: context,
        tags: [tag],
        buildArgs: [{ key: 'GREETING', value: 'hello from berth' }],
        target: 'first',
      });
      expect(task.state, task.message ?? '').toBe('succeeded');
      expect(output).toContain('Step 1/');
      const id = await docker('image', 'inspect', '--format', '{{.Id}}', tag);
      expect(task.result).toBe(id);
      expect(
        await docker('image', 'inspect', '--format', `{{index .Config.Labels "${TEST_LABEL}"}}`, tag),
      ).toBe(SCOPE);

      const ours = await runIn(tag, LIST_CTX);
      expect(ours.split('\n')).toEqual([
        '.',
        './.dockerignore',
        './app.txt',
        './keep.log',
        './link',
        './script.sh',
        './secret',
        './secret/allowed.txt',
        './sub',
        './sub/c.txt',
        './sub/debug.log',
        'app.txt',
        '755',
      ]);
      expect(await runIn(tag, 'cat /greeting /stage')).toBe('hello from berth\nfirst');

      // The same context through the docker CLI's own (classic) builder sends the same files.
      const cliTag = `berth-test/build-ctx-cli:${SCOPE}`;
      await execFileAsync(
        'docker',
        [
          'build',
          '-q',
          '--label',
          LABEL,
          '--build-arg',
          'GREETING=x',
          '--target',
          'first',
          '-t',
          cliTag,
          context,
        ],
        { env: { ...process.env, DOCKER_BUILDKIT: '0' } },
      );
      expect(await runIn(cliTag, LIST_CTX)).toBe(ours);
    }, 180_000);

    it('builds the last stage when no target is given', async () => {
      const { task } = await build({ contextPath: context, tags: [`berth-test/build-last:${SCOPE}`] });
      expect(task.state, task.message ?? '').toBe('succeeded');
      expect(await runIn(`berth-test/build-last:${SCOPE}`, 'cat /greeting /stage')).toBe('none\nsecond');
    });

    it('sends a Dockerfile from outside the context under a generated name, as the CLI does', async () => {
      const outside = join(dir, 'outside.Dockerfile');
      await writeFile(outside, `FROM ${TEST_IMAGE}\nCOPY . /ctx\n`);
      const info = await invoke<ContextInfo>('build.contextInfo', {
        contextPath: context,
        dockerfile: outside,
      });
      expect(info.dockerfileInContext).toBe(false);
      expect(info.dockerfile).toMatch(/^\.dockerfile\.[0-9a-f]{20}$/);
      const tag = `berth-test/build-outside:${SCOPE}`;
      const { task } = await build({ contextPath: context, dockerfile: outside, tags: [tag] });
      expect(task.state, task.message ?? '').toBe('succeeded');
      // The Dockerfile inside the context is ignored and so not copied; the generated one neither.
      const listing = await runIn(tag, 'cd /ctx && ls -A');
      expect(listing.split('\n')).toEqual([
        '.dockerignore',
        'app.txt',
        'keep.log',
        'link',
        'script.sh',
        'secret',
        'sub',
      ]);
    });
  });

  it('refuses a context that is not an existing folder, before starting anything', async () => {
    const tasksBefore = backend.tasks.list().length;
    await expect(
      invoke('build.start', { ...baseRequest, contextPath: 'relative/dir' }),
    ).rejects.toMatchObject({
      envelope: { code: 'VALIDATION' },
    });
    await expect(
      invoke('build.start', { ...baseRequest, contextPath: join(dir, 'nope') }),
    ).rejects.toMatchObject({
      envelope: { code: 'NOT_FOUND', message: `The context folder ${join(dir, 'nope')} does not exist.` },
    });
    await expect(
      invoke('build.contextInfo', { contextPath: dir, dockerfile: 'Missing.Dockerfile' }),
    ).rejects.toMatchObject({ envelope: { code: 'NOT_FOUND' } });
    await expect(
      invoke('build.start', { ...baseRequest, contextPath: dir, tags: ['Bad:Tag'] }),
    ).rejects.toMatchObject({ envelope: { code: 'VALIDATION' } });
    expect(backend.tasks.list()).toHaveLength(tasksBefore);
  });

  it('a failing RUN names its step, tags nothing and leaves no container behind', async () => {
    const context = join(dir, 'failing');
    await mkdir(context);
    await writeFile(
      join(context, 'Dockerfile'),
      // The label comes first so that any container the builder makes for the RUN steps carries it.
      [`FROM ${TEST_IMAGE}`, `LABEL ${LABEL}`, 'RUN echo one', 'RUN false', 'RUN echo never'].join('\n'),
    );
    const tag = `berth-test/build-fail:${SCOPE}`;
    const { task, output } = await build({ contextPath: context, tags: [tag] });
    expect(task.state).toBe('failed');
    expect(task.error?.code).toBe('ENGINE_ERROR');
    expect(task.error?.message).toBe(
      "Step 4/6 failed: The command '/bin/sh -c false' returned a non-zero code: 1",
    );
    // Step 6/6 is the LABEL the builder appends for the request's labels.
    expect(output).toContain('\u001b[1;31mStep 4/6 failed:');
    expect(output).not.toContain('never\n');
    await expect(docker('image', 'inspect', tag)).rejects.toThrow(/No such image/);
    expect(await scopedContainers()).toBe('');
  });

  it('a cancelled build ends as cancelled and leaves no container behind', async () => {
    const context = join(dir, 'slow');
    await mkdir(context);
    await writeFile(
      join(context, 'Dockerfile'),
      [`FROM ${TEST_IMAGE}`, `LABEL ${LABEL}`, 'RUN sleep 30'].join('\n'),
    );
    const tag = `berth-test/build-cancel:${SCOPE}`;
    const started = await invoke<TaskSummary>('build.start', {
      ...baseRequest,
      contextPath: context,
      tags: [tag],
      noCache: true,
    });
    // Cancel once the RUN step's container exists.
    await eventually(async () => expect(await scopedContainers()).not.toBe(''), 20_000);
    await invoke('tasks.cancel', { id: started.id });
    const ended = await backend.tasks.whenEnded(started.id);
    expect(ended.state).toBe('cancelled');
    await eventually(async () => expect(await scopedContainers()).toBe(''), 20_000);
    await expect(docker('image', 'inspect', tag)).rejects.toThrow(/No such image/);
  });

  describe('save and load', () => {
    const tag = `berth-test/build-saved:${SCOPE}`;
    let id: string;

    beforeAll(async () => {
      const context = join(dir, 'saved');
      await mkdir(context);
      await writeFile(join(context, 'Dockerfile'), `FROM ${TEST_IMAGE}\nRUN echo saved > /saved\n`);
      const { task } = await build({ contextPath: context, tags: [tag] });
      expect(task.state, task.message ?? '').toBe('succeeded');
      id = await docker('image', 'inspect', '--format', '{{.Id}}', tag);
    });

    const upload = (ticket: TransferTicket, body: Readable): Promise<unknown> => {
      const pending = backend.transfers.take(ticket.id, 'upload');
      if (pending?.direction !== 'upload') throw new Error('no upload ticket');
      return pending.sink.accept(body, new AbortController().signal);
    };

    it('saves an image to a tar, and loads it back with the same id', async () => {
      const ticket = await invoke<TransferTicket>('images.save', { refs: [tag] });
      expect(ticket).toMatchObject({
        direction: 'download',
        filename: `berth-images-build-saved-${SCOPE}.tar`,
      });
      const pending = backend.transfers.take(ticket.id, 'download');
      if (pending?.direction !== 'download') throw new Error('no download ticket');
      const file = join(dir, 'saved.tar');
      await pipeline(await pending.source.open(new AbortController().signal), createWriteStream(file));

      await docker('rmi', tag);
      await expect(docker('image', 'inspect', id)).rejects.toThrow(/No such image/);

      const loadTicket = await invoke<TransferTicket>('images.load', {});
      expect(loadTicket.direction).toBe('upload');
      const result = (await upload(loadTicket, createReadStream(file))) as LoadResult;
      expect(result.images).toEqual([tag]);
      expect(await docker('image', 'inspect', '--format', '{{.Id}}', tag)).toBe(id);
      expect(backend.tasks.get(result.taskId)).toMatchObject({ kind: 'load', state: 'succeeded' });
    });

    it('refuses to save an image that does not exist, with the engine’s message', async () => {
      await expect(
        invoke('images.save', { refs: [tag, 'berth-test/no-such-image:nope'] }),
      ).rejects.toMatchObject({
        envelope: {
          code: 'NOT_FOUND',
          message: expect.stringMatching(/No such image: berth-test\/no-such-image:nope$/) as unknown,
        },
      });
    });

    it('a tar that holds no image fails with the engine’s own message', async () => {
      const bogus = join(dir, 'bogus.tar');
      await execFileAsync('tar', ['-cf', bogus, '-C', dir, 'saved']);
      const cli = await execFileAsync('docker', ['load', '-i', bogus]).then(
        () => '',
        (err: unknown) => (err as { stderr: string }).stderr.trim(),
      );
      expect(cli).not.toBe('');
      const ticket = await invoke<TransferTicket>('images.load', {});
      const failure = await upload(ticket, createReadStream(bogus)).then(
        () => null,
        (err: unknown) => err as { code: string; message: string },
      );
      expect(failure?.code).toBe('ENGINE_ERROR');
      // The engine's temp dir differs per call; the rest is its message, word for word.
      const normalise = (text: string): string => text.replace(/docker-import-\d+/g, 'docker-import-N');
      expect(failure?.message.length).toBeGreaterThan(10);
      expect(normalise(cli)).toContain(normalise(failure?.message ?? 'missing'));
    });
  });
});
