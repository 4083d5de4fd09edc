import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import { worded } from '../../shared/contract/error-texts.js';
import { setLanguage } from '../i18n/index.js';
import { RpcError, settleRpcError } from './rpc-error.js';

describe('backend errors worded by the renderer', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('words a coded error in the reader language, with its parameters and plural', async () => {
    const one = worded('volumeInUse', { name: 'data', users: 'web (running)', count: 1 });
    expect(one.message).toBe('Volume data is in use by container web (running): remove it first.');
    await setLanguage('zh-CN');
    const err = RpcError.from({ code: 'CONFLICT', ...worded('volumeExists', { name: 'data' }) });
    expect(err.message).toBe('名为 data 的数据卷已存在。');
    expect(err.english).toBe('A volume named data already exists.');
    expect(err.code).toBe('CONFLICT');
    // A plural key travels without its suffix; the reader's language picks the form.
    expect(RpcError.from({ code: 'CONFLICT', ...one }).message).toBe(
      '数据卷 data 正被容器 web (running) 使用：请先删除这些容器。',
    );
  });

  it('keeps the English message when the key is unknown or absent', async () => {
    await setLanguage('zh-CN');
    expect(RpcError.from({ code: 'ENGINE_ERROR', message: 'raw engine words' }).message).toBe(
      'raw engine words',
    );
    expect(
      RpcError.from({ code: 'ENGINE_ERROR', message: 'newer backend', text: { key: 'notAKeyYet' } }).message,
    ).toBe('newer backend');
  });

  it('settles at once when no zod issue needs wording', () => {
    let settled: RpcError | null = null;
    settleRpcError({ code: 'CONFLICT', ...worded('volumeExists', { name: 'data' }) }, (err) => {
      settled = err;
    });
    expect(settled).toBeInstanceOf(RpcError);
  });

  it('words zod issues with zod locale, field by field', async () => {
    await setLanguage('zh-CN');
    // As the client does: zod's wording is its own chunk, fetched when the first such issue arrives.
    const err = await new Promise<RpcError>((resolve) => {
      settleRpcError(envelope, resolve);
    });
    expect(err.issues?.[0]?.message).toMatch(/字符/);
    expect(err.issues?.[0]?.path).toBe('name');
    expect(err.issues?.[1]?.message).toMatch(/无效输入/);
  });
});

const envelope: ErrorEnvelope = {
  code: 'VALIDATION',
  message: 'Invalid request: name: Too small: expected string to have >=1 characters',
  issues: [
    {
      path: 'name',
      message: 'Too small: expected string to have >=1 characters',
      text: { key: 'zod', params: { code: 'too_small', origin: 'string', minimum: 1, inclusive: true } },
    },
    {
      path: 'size',
      message: 'Invalid input: expected number, received string',
      text: { key: 'zod', params: { code: 'invalid_type', expected: 'number', received: 'string' } },
    },
  ],
};
