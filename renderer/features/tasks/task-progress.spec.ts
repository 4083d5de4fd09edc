import { describe, expect, it } from 'vitest';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { runningCount, taskPercent, taskStatusText } from './task-progress.js';
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
