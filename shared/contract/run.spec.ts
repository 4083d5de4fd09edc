import { describe, expect, it } from 'vitest';
import { emptyForm } from '../run/run-form.js';
import { imageRefRequest, portCheckRequest, runCreateRequest, runEditRequest } from './run.js';

const form = { ...emptyForm('berth-test/busybox:latest'), name: 'web' };

describe('run request schemas', () => {
  it('accepts a valid form', () => {
    expect(runCreateRequest.safeParse({ form }).success).toBe(true);
    expect(runEditRequest.safeParse({ ref: 'web', form }).success).toBe(true);
  });

  it('takes a name with the engine’s leading slash and hands the backend the name without it', () => {
    const parsed = runCreateRequest.safeParse({ form: { ...form, name: '/web' } });
    expect(parsed.success && parsed.data.form.name).toBe('web');
    expect(runCreateRequest.safeParse({ form: { ...form, name: '//web' } }).success).toBe(false);
  });

  it('refuses what the dialog refuses, with the field path', () => {
    const result = runCreateRequest.safeParse({
      form: {
        ...form,
        ports: [{ hostIp: '', hostPort: '99999', containerPort: '80', protocol: 'tcp' }],
        memory: '1x',
      },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['form.ports.0.hostPort', 'form.memory']),
    );
  });

  it('refuses unknown keys, wrong types, oversized input and hostile refs', () => {
    expect(runCreateRequest.safeParse({ form: { ...form, extra: 1 } }).success).toBe(false);
    expect(runCreateRequest.safeParse({ form, extra: 1 }).success).toBe(false);
    expect(runCreateRequest.safeParse({ form: { ...form, tty: 'yes' } }).success).toBe(false);
    expect(runCreateRequest.safeParse({ form: { ...form, command: 'x'.repeat(10_000) } }).success).toBe(
      false,
    );
    expect(
      runCreateRequest.safeParse({
        form: { ...form, env: Array.from({ length: 501 }, (_, i) => ({ key: `K${i}`, value: '' })) },
      }).success,
    ).toBe(false);
    expect(runCreateRequest.safeParse({ form: { ...form, restart: 'sometimes' } }).success).toBe(false);
    expect(runEditRequest.safeParse({ ref: '../../x', form }).success).toBe(false);
    expect(imageRefRequest.safeParse({ image: '../../containers/x/json' }).success).toBe(false);
    expect(imageRefRequest.safeParse({ image: '' }).success).toBe(false);
    expect(imageRefRequest.safeParse({ image: 'busybox:latest' }).success).toBe(true);
    expect(
      portCheckRequest.safeParse({ ports: [{ hostIp: '', hostPort: 0, protocol: 'tcp' }] }).success,
    ).toBe(false);
    expect(
      portCheckRequest.safeParse({ ports: [{ hostIp: '', hostPort: 8080, protocol: 'sctp' }] }).success,
    ).toBe(false);
  });
});

describe('run requests against the transport limit', () => {
  it('refuses a form too large to send with an issue on the field that takes the room', () => {
    const env = Array.from({ length: 500 }, (_, i) => ({ key: `V${i}`, value: 'x'.repeat(32_768) }));
    const result = runCreateRequest.safeParse({ form: { ...emptyForm('berth-test/busybox:latest'), env } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['form.env', expect.stringMatching(/^The form is too large to send/)],
    ]);
  });
});
