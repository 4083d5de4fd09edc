import { describe, expect, it } from 'vitest';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { taskWorded } from '../../../shared/contract/task-texts.js';
import { BerthError } from '../errors/berth-error.js';
import { TaskRegistry, type TaskContext } from './task-registry.js';

/** A runner the test drives by hand: it ends when the test says so (or on cancel). */
const manual = () => {
  const state: { ctx?: TaskContext; resolve?: (outcome: { message: string }) => void } = {};
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const run = (context: TaskContext) =>
    new Promise<{ message: string }>((resolve, reject) => {
      state.ctx = context;
      state.resolve = resolve;
      context.signal.addEventListener('abort', () => {
        reject(context.signal.reason as Error);
      });
      ready();
    });
  return {
    run,
    started,
    get ctx(): TaskContext {
      if (!state.ctx) throw new Error('the task has not started');
      return state.ctx;
    },
    finish: (message: string) => state.resolve?.({ message }),
  };
};

describe('TaskRegistry', () => {
  it('reports running, then the outcome and result', async () => {
    const tasks = new TaskRegistry({ throttleMs: 0 });
    const seen: TaskSummary[] = [];
    tasks.onChange((task) => seen.push(task));
    const summary = tasks.start('pull', 'Pull app', () =>
      Promise.resolve({ message: 'Pulled.', result: 'sha256:1' }),
    );
    expect(summary.state).toBe('running');
    const ended = await tasks.whenEnded(summary.id);
    expect(ended).toMatchObject({ state: 'succeeded', message: 'Pulled.', result: 'sha256:1', error: null });
    expect(ended.endedAt).not.toBeNull();
    expect(seen.at(-1)?.state).toBe('succeeded');
  });

  it('turns a failure into an error envelope, and a cancel into "cancelled"', async () => {
    const tasks = new TaskRegistry({ throttleMs: 0 });
    const failed = tasks.start('build', 'Build', () =>
      Promise.reject(new BerthError('ENGINE_ERROR', 'step 2 failed')),
    );
    expect(await tasks.whenEnded(failed.id)).toMatchObject({
      state: 'failed',
      error: { code: 'ENGINE_ERROR', message: 'step 2 failed' },
    });

    const runner = manual();
    const running = tasks.start('pull', 'Pull', runner.run);
    await runner.started;
    expect(() => tasks.dismiss(running.id)).toThrow(/still running/);
    tasks.cancel(running.id);
    expect(await tasks.whenEnded(running.id)).toMatchObject({ state: 'cancelled', message: 'Cancelled.' });
    expect(tasks.dismiss(running.id)).toBe(true);
    expect(tasks.list().map((t) => t.id)).not.toContain(running.id);
  });

  it('throttles progress but never loses the latest value', async () => {
    const tasks = new TaskRegistry({ throttleMs: 20 });
    const seen: TaskSummary[] = [];
    tasks.onChange((task) => seen.push(task));
    const runner = manual();
    const summary = tasks.start('pull', 'Pull', runner.run);
    await runner.started;
    for (let i = 1; i <= 100; i++) runner.ctx.progress(i, 100);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const progressUpdates = seen.filter((t) => t.progress !== null);
    expect(progressUpdates.length).toBeLessThanOrEqual(2);
    expect(progressUpdates.at(-1)?.progress).toEqual({ current: 100, total: 100 });
    runner.finish('done');
    await tasks.whenEnded(summary.id);
  });

  it('keeps items bounded and replays output to a late viewer, then follows it live', async () => {
    const tasks = new TaskRegistry({ throttleMs: 0 });
    const runner = manual();
    const summary = tasks.start('build', 'Build', runner.run);
    await runner.started;
    for (let i = 0; i < 100; i++)
      runner.ctx.item({ id: `l${i}`, label: `layer ${i}`, status: 'x', current: 0, total: null });
    runner.ctx.output('step 1\n');
    const got: [string, boolean][] = [];
    let ended = false;
    tasks.follow(
      summary.id,
      (text, replay) => got.push([text, replay]),
      () => (ended = true),
    );
    runner.ctx.output('step 2\n');
    runner.finish('Built.');
    const final = await tasks.whenEnded(summary.id);
    expect(final.items).toHaveLength(64);
    expect(final.items.at(-1)?.id).toBe('l99');
    expect(final.outputLines).toBe(2);
    expect(got).toEqual([
      ['step 1\n', true],
      ['step 2\n', false],
    ]);
    expect(ended).toBe(true);
  });

  it('refuses unknown ids with NOT_FOUND', () => {
    const tasks = new TaskRegistry();
    expect(() => tasks.cancel('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('keeps only the newest ended tasks', async () => {
    const tasks = new TaskRegistry({ throttleMs: 0, keepEnded: 3 });
    for (let i = 0; i < 6; i++) {
      const t = tasks.start('prune', `Prune ${i}`, () => Promise.resolve({ message: 'ok' }));
      await tasks.whenEnded(t.id);
    }
    expect(tasks.list().map((t) => t.title)).toEqual(['Prune 3', 'Prune 4', 'Prune 5']);
  });

  it('carries keyed titles, steps and outcomes beside their English', async () => {
    const tasks = new TaskRegistry({ throttleMs: 0 });
    const runner = manual();
    const summary = tasks.start('pull', taskWorded('pullTitle', { ref: 'alpine:3' }), runner.run);
    expect(summary).toMatchObject({
      title: 'Pull alpine:3',
      titleText: { key: 'pullTitle', params: { ref: 'alpine:3' } },
    });
    await runner.started;
    runner.ctx.step(taskWorded('askingCredentials', { binary: 'docker-credential-pass' }));
    expect(tasks.list()[0]).toMatchObject({
      step: 'Asking docker-credential-pass for credentials…',
      stepText: { key: 'askingCredentials' },
    });
    runner.ctx.step('plain words');
    expect(tasks.list()[0]?.stepText).toBeUndefined();
    tasks.cancel(summary.id);
    const ended = await tasks.whenEnded(summary.id);
    expect(ended).toMatchObject({ message: 'Cancelled.', messageText: { key: 'cancelled' }, step: null });
    expect(ended.stepText).toBeUndefined();

    const pulled = tasks.start('pull', 'Pull app', () =>
      Promise.resolve({ message: taskWorded('pulled', { ref: 'app', count: 1 }) }),
    );
    expect(await tasks.whenEnded(pulled.id)).toMatchObject({
      message: 'Pulled app (1 layer).',
      messageText: { key: 'pulled', params: { ref: 'app', count: 1 } },
    });
    const failed = tasks.start('build', 'Build', () =>
      Promise.reject(new BerthError('ENGINE_ERROR', worded('buildCancelled'))),
    );
    expect(await tasks.whenEnded(failed.id)).toMatchObject({
      message: 'The build was cancelled.',
      messageText: { key: 'buildCancelled' },
    });
  });
});
