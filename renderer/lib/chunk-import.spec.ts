import { describe, expect, it } from 'vitest';
import { isChunkLoadError, retryingImport } from './chunk-import.js';

const lost = (): Error =>
  new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/a.js');

describe('retryingImport', () => {
  const waits: number[] = [];
  const retry = {
    attempts: 4,
    delayMs: 10,
    wait: (ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };

  it('asks again for a chunk that did not arrive, and resolves with it once it does', async () => {
    waits.length = 0;
    let calls = 0;
    const load = retryingImport(() => {
      calls++;
      return calls < 3 ? Promise.reject(lost()) : Promise.resolve('module');
    }, retry);
    await expect(load()).resolves.toBe('module');
    expect(calls).toBe(3);
    expect(waits).toEqual([10, 20]);
  });

  it('gives up after its tries, with the browser’s error', async () => {
    waits.length = 0;
    let calls = 0;
    const load = retryingImport(() => {
      calls++;
      return Promise.reject(lost());
    }, retry);
    await expect(load()).rejects.toThrow(/dynamically imported module/);
    expect(calls).toBe(4);
    expect(waits).toEqual([10, 20, 40]);
  });

  it('passes any other error on at once: a module that threw is not fetched again', async () => {
    let calls = 0;
    const load = retryingImport(() => {
      calls++;
      return Promise.reject(new Error('Cannot read properties of undefined'));
    }, retry);
    await expect(load()).rejects.toThrow(/Cannot read/);
    expect(calls).toBe(1);
  });

  it('recognises the browsers’ failed dynamic imports and nothing else', () => {
    expect(isChunkLoadError(lost())).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('dynamically imported module')).toBe(false);
  });
});
