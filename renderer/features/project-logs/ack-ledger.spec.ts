import { describe, expect, it } from 'vitest';
import { createAckLedger } from './ack-ledger.js';

describe('ack ledger', () => {
  it('hands acknowledged bytes back to their streams in push order', () => {
    const ledger = createAckLedger<string>();
    ledger.record('a', 5);
    ledger.record('b', 3);
    ledger.record('a', 2);
    expect([...ledger.release(6)]).toEqual([
      ['a', 5],
      ['b', 1],
    ]);
    expect([...ledger.release(4)]).toEqual([
      ['b', 2],
      ['a', 2],
    ]);
    expect(ledger.release(1).size).toBe(0);
  });

  it('joins consecutive pushes of one stream and ignores empty ones', () => {
    const ledger = createAckLedger<string>();
    ledger.record('a', 1);
    ledger.record('a', 0);
    ledger.record('a', 2);
    expect([...ledger.release(3)]).toEqual([['a', 3]]);
  });
});
