import { describe, expect, it } from 'vitest';
import { addressWithoutToken } from './address-bar-token.js';

describe('addressWithoutToken', () => {
  it('drops the token and keeps the rest of the address', () => {
    expect(addressWithoutToken('http://127.0.0.1:4411/?token=abc')).toBe('/');
    expect(addressWithoutToken('http://127.0.0.1:4411/app?x=1&token=abc#c')).toBe('/app?x=1#c');
  });

  it('returns null when there is nothing to remove', () => {
    expect(addressWithoutToken('http://127.0.0.1:4411/?x=1')).toBeNull();
  });
});
