import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TaskState, TaskSummary } from '../../../shared/contract/tasks.js';
import { createClient } from '../../ipc/client.js';
import { createFakePort } from '../../ipc/fake-port.fixtures.js';
import { ClientContext } from '../../lib/client-context.js';
import { Transfer } from './TransferList.js';

const pull = (state: TaskState): TaskSummary => ({
  id: `t-${state}`,
  kind: 'pull',
  title: `Pull app:${state}`,
  state,
  startedAt: 0,
  endedAt: state === 'running' ? null : 1,
  progress: null,
  items: [{ id: 'l1', label: 'layer-1', status: 'Waiting', current: 0, total: null }],
  message: null,
  error: null,
  outputLines: 0,
  result: null,
});

/** Each <progress>, and whether it has a value (without one it is indeterminate: animated). */
const bars = (task: TaskSummary): boolean[] => {
  const html = renderToStaticMarkup(
    <ClientContext value={createClient(createFakePort().port)}>
      <Transfer task={task} />
    </ClientContext>,
  );
  return [...html.matchAll(/<progress[^>]*>/g)].map((m) => / value="/.test(m[0]));
};

describe('Transfer', () => {
  it('animates a bar of unknown amount only while the pull runs', () => {
    expect(bars(pull('running'))).toEqual([false, false]);
    expect(bars(pull('cancelled'))).toEqual([true, true]);
    expect(bars(pull('failed'))).toEqual([true, true]);
    expect(bars(pull('succeeded'))).toEqual([true, true]);
  });
});
