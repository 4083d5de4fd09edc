import { describe, expect, it } from 'vitest';
import { normaliseLevel, parseStructured } from './structured.js';

describe('parseStructured', () => {
  it('picks level and message out of common shapes', () => {
    expect(parseStructured('{"level":"WARNING","msg":"disk low","x":1}')).toMatchObject({
      level: 'warn',
      message: 'disk low',
    });
    expect(parseStructured('{"level":50,"message":"boom"}')).toMatchObject({
      level: 'error',
      message: 'boom',
    });
    expect(parseStructured('{"severity":"info"}')).toMatchObject({ level: 'info', message: null });
  });

  it('leaves other lines alone', () => {
    expect(parseStructured('plain text')).toBeNull();
    expect(parseStructured('{not json}')).toBeNull();
    expect(parseStructured('[1,2]')).toBeNull();
    expect(normaliseLevel('nonsense')).toBeNull();
  });
});
