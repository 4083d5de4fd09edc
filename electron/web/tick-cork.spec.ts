import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tickCork } from './tick-cork.js';

describe('tickCork', () => {
  it('sends what one tick writes in one write, and the next tick’s in another', async () => {
    const writes: string[][] = [];
    const socket = new Writable({
      write(chunk: Buffer, _encoding, done) {
        writes.push([chunk.toString()]);
        done();
      },
      writev(chunks, done) {
        writes.push(chunks.map(({ chunk }) => String(chunk)));
        done();
      },
    });
    const cork = tickCork(socket);
    for (const text of ['a', 'b', 'c']) {
      cork();
      socket.write(text);
    }
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    cork();
    socket.write('d');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([['a', 'b', 'c'], ['d']]);
  });
});
