import { afterEach, describe, expect, it } from 'vitest';
import { worded } from '../../../shared/contract/error-texts.js';
import { taskWorded } from '../../../shared/contract/task-texts.js';
import { setLanguage } from '../../i18n/index.js';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { runningCount, taskEngineLabel, taskPercent, taskStatusText, taskTitle } from './task-progress.js';
import { applyTaskChanged, resetTasks, useTasksStore } from './tasks-store.js';

const task = (patch: Partial<TaskSummary>): TaskSummary => ({
  id: 't1',
  kind: 'pull',
  title: 'Pull app',
  state: 'running',
  startedAt: 1,
  endedAt: null,
  progress: null,
  items: [],
  message: null,
  error: null,
  outputLines: 0,
  result: null,
  ...patch,
});

describe('task progress', () => {
  it('names the engine only when the task carries one', () => {
    expect(taskEngineLabel(task({}))).toBeNull();
    expect(taskEngineLabel(task({ engine: { id: 'ctx:build', label: 'build' } }))).toBe('build');
    expect(taskEngineLabel(task({ engine: { id: 'ctx:x', label: '  ' } }))).toBeNull();
  });

  it('is a percentage only when the total is known', () => {
    expect(taskPercent(task({}))).toBeNull();
    expect(taskPercent(task({ progress: { current: 5, total: null } }))).toBeNull();
    expect(taskPercent(task({ progress: { current: 5, total: 0 } }))).toBeNull();
    expect(taskPercent(task({ progress: { current: 512, total: 2048 } }))).toBe(25);
    expect(taskPercent(task({ progress: { current: 4096, total: 2048 } }))).toBe(100);
  });

  it('says how far a running task is, and the outcome of an ended one', () => {
    expect(taskStatusText(task({}))).toBe('Running…');
    const step = { id: 's3', label: 'Step 3/5', status: 'Running', current: 0, total: null };
    expect(taskStatusText(task({ items: [step] }))).toBe('Step 3/5: Running');
    expect(taskStatusText(task({ progress: { current: 1024, total: 4096 } }))).toBe('1.0 KiB of 4.0 KiB');
    expect(taskStatusText(task({ state: 'failed', message: 'manifest unknown' }))).toBe('manifest unknown');
    expect(taskStatusText(task({ state: 'cancelled', message: null }))).toBe('Cancelled');
  });

  it('says what a running task waits for until progress arrives', () => {
    const asking = 'Asking docker-credential-pass for credentials…';
    expect(taskStatusText(task({ step: asking }))).toBe(asking);
    expect(taskStatusText(task({ step: asking, progress: { current: 1024, total: 4096 } }))).toBe(
      '1.0 KiB of 4.0 KiB',
    );
    expect(taskStatusText(task({ step: null }))).toBe('Running…');
  });
});

describe('tasks store', () => {
  it('keeps one entry per task, newest first, and takes a reset as the truth', () => {
    resetTasks([task({ id: 'a', startedAt: 1 }), task({ id: 'b', startedAt: 2 })]);
    expect(useTasksStore.getState().tasks.map((t) => t.id)).toEqual(['b', 'a']);
    applyTaskChanged({ task: task({ id: 'a', startedAt: 1, state: 'succeeded' }) });
    applyTaskChanged({ task: task({ id: 'c', startedAt: 3 }) });
    const tasks = useTasksStore.getState().tasks;
    expect(tasks.map((t) => t.id)).toEqual(['c', 'b', 'a']);
    expect(runningCount(tasks)).toBe(2);
    resetTasks([]);
    expect(useTasksStore.getState().tasks).toEqual([]);
  });
});

describe('task texts', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  /** A task as the backend sends it: the English and, beside it, its key. */
  const keyed = () => {
    const title = taskWorded('pullTitle', { ref: 'alpine:3' });
    const outcome = taskWorded('pulled', { ref: 'alpine:3', count: 3 });
    return task({
      title: title.message,
      titleText: title.text,
      state: 'succeeded',
      message: outcome.message,
      messageText: outcome.text,
    });
  };

  it('say the English the backend said', () => {
    expect(taskTitle(keyed())).toBe('Pull alpine:3');
    expect(taskStatusText(keyed())).toBe('Pulled alpine:3 (3 layers).');
  });

  it('are worded in Chinese: title, outcome, step and a failure by its error key', async () => {
    await setLanguage('zh-CN');
    expect(taskTitle(keyed())).toBe('拉取 alpine:3');
    expect(taskStatusText(keyed())).toBe('已拉取 alpine:3（3 个层）。');
    const asking = taskWorded('askingCredentials', { binary: 'pass' });
    expect(taskStatusText(task({ step: asking.message, stepText: asking.text }))).toBe(
      '正在向 pass 请求凭据…',
    );
    const failed = worded('buildCancelled');
    expect(taskStatusText(task({ state: 'failed', message: failed.message, messageText: failed.text }))).toBe(
      '构建已取消。',
    );
    expect(taskTitle(task({ title: 'Prune 3' }))).toBe('Prune 3');
    const step = taskWorded('buildStep', { index: 2, total: 5, instruction: 'RUN make' });
    const running = taskWorded('stepRunning');
    const item = {
      id: 'step-2',
      label: step.message,
      labelText: step.text,
      status: running.message,
      statusText: running.text,
      current: 0,
      total: 1,
    };
    expect(taskStatusText(task({ items: [item] }))).toBe('第 2/5 步：RUN make：运行中');
  });
});
