import { describe, expect, it } from 'vitest';
import { splitCommand, splitInput, USER_PATTERN } from './command-line.js';

describe('command line', () => {
  it('splits like a shell without expanding', () => {
    expect(splitCommand('')).toEqual([]);
    expect(splitCommand('  ls   -la /tmp ')).toEqual(['ls', '-la', '/tmp']);
    expect(splitCommand(`sh -c 'echo "hi there" $HOME'`)).toEqual(['sh', '-c', 'echo "hi there" $HOME']);
    expect(splitCommand(`echo "a \\"b\\" c" d\\ e ''`)).toEqual(['echo', 'a "b" c', 'd e', '']);
    expect(splitCommand(`echo 'open`)).toBeNull();
  });

  it('splits a big paste into messages the schema accepts', () => {
    expect(splitInput('abcdef', 4)).toEqual(['abcd', 'ef']);
    expect(splitInput('ab', 4)).toEqual(['ab']);
  });

  it('accepts user and user:group like docker exec -u', () => {
    expect(USER_PATTERN.test('root')).toBe(true);
    expect(USER_PATTERN.test('1000:1000')).toBe(true);
    expect(USER_PATTERN.test('a b')).toBe(false);
  });
});
