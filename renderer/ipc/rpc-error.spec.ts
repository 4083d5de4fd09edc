import { describe, expect, it } from 'vitest';
import { isEngineAnswer, RpcError } from './rpc-error.js';

describe('isEngineAnswer', () => {
  it('is true only for what the engine itself answered', () => {
    expect(isEngineAnswer(new RpcError('ENGINE_ERROR', 'boom'))).toBe(true);
    expect(isEngineAnswer(new RpcError('CONFLICT', 'name in use'))).toBe(true);
    expect(isEngineAnswer(new RpcError('VALIDATION', 'invalid mount config'))).toBe(true);
  });

  it('is false for a dropped link, a request refused before the engine, no answer at all', () => {
    expect(
      isEngineAnswer(new RpcError('BACKEND_LOST', 'The connection to the Berth backend was lost.')),
    ).toBe(false);
    expect(
      isEngineAnswer(new RpcError('VALIDATION', 'too large', [{ path: '(message)', message: 'too large' }])),
    ).toBe(false);
    expect(isEngineAnswer(new RpcError('TIMEOUT', 'The engine is not responding.'))).toBe(false);
    expect(isEngineAnswer(new RpcError('ENGINE_UNREACHABLE', 'gone'))).toBe(false);
    expect(isEngineAnswer(new Error('x'))).toBe(false);
  });
});
