import { describe, expect, it } from 'vitest';
import { createClient } from '../../ipc/client.js';
import { createFakePort } from '../../ipc/fake-port.fixtures.js';
import { LogRecord } from './log-record.js';
import { subscribeLogs, type LogStatus } from './log-subscription.js';

const open = (follow = true) => {
  const fake = createFakePort({ state: 'open' });
  const record = new LogRecord();
  const seen = { writes: [] as [string, number][], dropped: 0, streaming: 0, ended: [] as LogStatus[] };
  const subscription = subscribeLogs(
    createClient(fake.port),
    { ref: 'web', tail: 10, timestamps: false, follow },
    { stdout: true, stderr: false },
    record,
    {
      write: (text, bytes) => seen.writes.push([text, bytes]),
      dropped: (lines) => (seen.dropped += lines),
      streaming: () => seen.streaming++,
      ended: (status) => seen.ended.push(status),
    },
  );
  return { fake, record, seen, subscription };
};

describe('subscribeLogs', () => {
  it('writes one formatted string per message, keeps every chunk for Save log, and counts drops', () => {
    const { fake, record, seen } = open();
    fake.deliver({
      t: 'chunk',
      id: 1,
      data: [
        { stream: 'stdout', text: 'one\n' },
        { stream: 'stderr', text: 'oops\n', dropped: 3 },
      ],
      bytes: 9,
    });
    // stderr is filtered out of the terminal, not out of the record.
    expect(seen.writes).toEqual([['one\n', 9]]);
    expect(record.blobParts().join('')).toBe('one\noops\n');
    expect(seen.dropped).toBe(3);
    expect(seen.streaming).toBe(1);
  });

  it('acknowledges through its own subscription and unsubscribes once', () => {
    const { fake, subscription } = open();
    subscription.ack(42);
    subscription.unsubscribe();
    expect(fake.posted.filter((m) => m.t === 'ack' || m.t === 'unsub')).toEqual([
      { t: 'ack', id: 1, bytes: 42 },
      { t: 'unsub', id: 1 },
    ]);
  });

  it('says how the log ended, in the log and in the status', () => {
    const ended = open(false);
    ended.fake.deliver({ t: 'end', id: 1 });
    expect(ended.seen.ended).toEqual([{ state: 'ended' }]);
    expect(ended.seen.writes.at(-1)?.[0]).toContain('— End of the log. —');

    const failed = open();
    failed.fake.deliver({ t: 'end', id: 1, error: { code: 'NOT_FOUND', message: 'container removed' } });
    expect(failed.seen.ended).toEqual([{ state: 'failed', message: 'container removed' }]);
    expect(failed.subscription.lost).toBe(false);
  });

  it('marks itself lost when the link to Berth drops', () => {
    const { fake, seen, subscription } = open();
    fake.setLink({ state: 'lost', reason: 'socket closed', nextAttemptAt: 0 });
    expect(subscription.lost).toBe(true);
    expect(seen.ended[0]?.state).toBe('lost');
    expect(seen.writes.at(-1)?.[0]).toContain('Connection to Berth lost');
  });
});
