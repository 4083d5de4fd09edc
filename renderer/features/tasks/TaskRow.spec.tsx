import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { createClient } from '../../ipc/client.js';
import { createFakePort } from '../../ipc/fake-port.fixtures.js';
import { ClientContext } from '../../lib/client-context.js';
import { TaskRow } from './TaskRow.js';

const task = (patch: Partial<TaskSummary>): TaskSummary => ({
  id: 't1',
  kind: 'pull',
  title: 'Pull app:1',
  state: 'running',
  startedAt: 0,
  endedAt: null,
  progress: null,
  items: [],
  message: null,
  error: null,
  outputLines: 0,
  result: null,
  ...patch,
});

const render = (t: TaskSummary): string =>
  renderToStaticMarkup(
    <ClientContext value={createClient(createFakePort().port)}>
      <TaskRow task={t} />
    </ClientContext>,
  );

describe('TaskRow', () => {
  it('says which engine a task runs on when it names one', () => {
    const html = render(task({ engine: { id: 'ctx:build-box', label: 'build-box' } }));
    expect(html).toContain('class="task-engine"');
    expect(html).toContain('on build-box');
  });

  it('adds no engine note to a task on the CLI’s engine', () => {
    expect(render(task({}))).not.toContain('task-engine');
  });
});
