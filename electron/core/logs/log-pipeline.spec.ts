import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectLogs } from '../testing/log-collector.js';
import { BodyValve } from './body-valve.js';
import { LogOutlet } from './log-outlet.js';
import { LogPipeline } from './log-pipeline.js';
import { sinceParam } from './resume-cursor.js';

const TS = '2026-11-27T22:44:50.042607025Z';

const frame = (stream: number, text: string): Buffer => {
  const body = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
};

const setup = () => {
  const sink = collectLogs();
  const outlet = new LogOutlet(sink, { keep: undefined, reading: () => true, holdBody: () => undefined });
  return { sink, pipeline: new LogPipeline(outlet, false) };
};

describe('LogPipeline', () => {
  it('feeds the outlet once per turn, and notes come after what was staged', async () => {
    const { sink, pipeline } = setup();
    pipeline.startBody(false, true, false);
    pipeline.write(frame(1, `${TS} one\n`));
    pipeline.write(frame(1, `${TS} two\n`));
    expect(sink.chunks).toEqual([]);
    await nextTurn();
    expect(sink.chunks).toEqual([{ stream: 'stdout', text: 'one\ntwo\n' }]);
    pipeline.write(frame(2, `${TS} half`));
    pipeline.endBody();
    pipeline.note('— container stopped —\n');
    expect(sink.chunks.slice(1)).toEqual([
      { stream: 'stderr', text: 'half\n' },
      { stream: 'system', text: '— container stopped —\n' },
    ]);
    expect(pipeline.since).toBe(sinceParam(TS));
  });

  it('reads a TTY body as raw stdout', async () => {
    const { sink, pipeline } = setup();
    pipeline.startBody(true, false, false);
    pipeline.write(Buffer.from('plain\n'));
    await nextTurn();
    expect(sink.text()).toBe('plain\n');
  });

  it('hands on nothing once closed, not even a flush already scheduled', async () => {
    const { sink, pipeline } = setup();
    pipeline.startBody(true, false, false);
    pipeline.write(Buffer.from('late\n'));
    pipeline.close();
    await nextTurn();
    expect(sink.chunks).toEqual([]);
  });
});

describe('BodyValve', () => {
  it('starts a body paused while held, and pauses and resumes the current one', () => {
    const valve = new BodyValve();
    valve.hold(true);
    const first = new PassThrough();
    valve.attach(first);
    expect(valve.reading).toBe(true);
    expect(first.isPaused()).toBe(true);
    valve.hold(false);
    expect(first.isPaused()).toBe(false);
    valve.detach();
    expect(valve.reading).toBe(false);
    expect(first.destroyed).toBe(false);
    const second = new PassThrough();
    valve.attach(second);
    expect(second.isPaused()).toBe(false);
    expect(valve.isCurrent(second)).toBe(true);
    valve.detach(true);
    expect(second.destroyed).toBe(true);
  });
});
