import { describe, expect, it } from 'vitest';
import { createRequestOf, EMPTY_CONTEXT_FORM, fieldErrorsFrom, updateRequestOf } from './context-form.js';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';

describe('the context form', () => {
  it('builds a TLS context request the contract accepts', () => {
    const result = createRequestOf({
      ...EMPTY_CONTEXT_FORM,
      name: 'build-box',
      host: 'tcp://127.0.0.1:23760',
      tls: true,
      verify: false,
      ca: PEM,
    });
    expect(result).toEqual({
      ok: true,
      request: {
        name: 'build-box',
        docker: { host: 'tcp://127.0.0.1:23760', skipTlsVerify: true, tls: { ca: `${PEM}\n` } },
      },
    });
  });

  it('shows the contract’s own messages on the fields', () => {
    const result = createRequestOf({
      ...EMPTY_CONTEXT_FORM,
      name: 'default',
      host: 'http://x',
      tls: true,
      ca: 'nope',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe('"default" is the built-in context');
    expect(result.errors.host).toMatch(/unix:\/\//);
    expect(result.errors.ca).toMatch(/PEM/);
    expect(result.errors.tls).toMatch(/tcp:\/\//);
  });

  it('an ssh endpoint needs no TLS, and an edit without a new endpoint keeps the stored one', () => {
    expect(createRequestOf({ ...EMPTY_CONTEXT_FORM, name: 'pi', host: 'ssh://pi@raspberry:2222' }).ok).toBe(
      true,
    );
    expect(updateRequestOf({ ...EMPTY_CONTEXT_FORM, name: 'pi', description: 'the Pi' }, false)).toEqual({
      ok: true,
      request: { name: 'pi', description: 'the Pi' },
    });
  });

  it('places backend issues by their request path', () => {
    expect(
      fieldErrorsFrom([
        { path: 'docker.host', message: 'bad host' },
        { path: 'docker.tls.key', message: 'bad key' },
      ]),
    ).toEqual({ host: 'bad host', key: 'bad key' });
  });
});
