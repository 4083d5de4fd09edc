import { describe, expect, it } from 'vitest';
import type { TaskSummary } from '../contract/tasks.js';
import { loginTargetOf } from './login-target.js';

const task = (patch: Partial<TaskSummary>): TaskSummary => ({
  id: 't',
  kind: 'pull',
  title: 'Pull 127.0.0.1:5000/app:1',
  state: 'failed',
  startedAt: 0,
  endedAt: 1,
  progress: null,
  items: [],
  message: 'x',
  error: { code: 'UNAUTHORIZED', message: 'log in to 127.0.0.1:5000' },
  outputLines: 0,
  result: null,
  ...patch,
});

describe('loginTargetOf', () => {
  it('names the registry of a pull or push refused for want of credentials', () => {
    expect(loginTargetOf(task({}))).toBe('127.0.0.1:5000');
    expect(loginTargetOf(task({ kind: 'push', title: 'Push team/app:2' }))).toBe('docker.io');
  });

  it('offers nothing for other failures or other kinds of task', () => {
    expect(loginTargetOf(task({ error: { code: 'NOT_FOUND', message: 'manifest unknown' } }))).toBeNull();
    expect(loginTargetOf(task({ error: null, state: 'succeeded' }))).toBeNull();
    expect(loginTargetOf(task({ kind: 'build', title: 'Build x' }))).toBeNull();
  });
});
