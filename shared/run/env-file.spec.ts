import { describe, expect, it } from 'vitest';
import { envKeyProblem, mergeEnv, parseEnvFile } from './env-file.js';

describe('parseEnvFile', () => {
  it('reads KEY=VALUE lines, comments, export, quotes and = inside values', () => {
    const result = parseEnvFile(
      [
        '# comment',
        '',
        'PLAIN=value',
        '  INDENTED=x',
        'export EXPORTED=1',
        `SINGLE='a b # not a comment'`,
        'DOUBLE="line\\nnext \\"q\\""',
        'EQUALS=a=b=c',
        'EMPTY=',
        'TRAILING=kept ',
        '\r',
      ].join('\r\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.entries).toEqual([
      { key: 'PLAIN', value: 'value' },
      { key: 'INDENTED', value: 'x' },
      { key: 'EXPORTED', value: '1' },
      { key: 'SINGLE', value: 'a b # not a comment' },
      { key: 'DOUBLE', value: 'line\nnext "q"' },
      { key: 'EQUALS', value: 'a=b=c' },
      { key: 'EMPTY', value: '' },
      { key: 'TRAILING', value: 'kept ' },
    ]);
  });

  it('reports lines without =, with an empty name or a name with spaces, with line numbers', () => {
    const result = parseEnvFile('FOO\n=bar\nMY VAR=1\nOK=1\nSPACED = padded');
    expect(result.entries).toEqual([{ key: 'OK', value: '1' }]);
    expect(result.errors).toEqual([
      { line: 1, message: expect.stringMatching(/FOO.*no "="/) as unknown },
      { line: 2, message: expect.stringMatching(/needs a name/) as unknown },
      { line: 3, message: expect.stringMatching(/spaces/) as unknown },
      { line: 5, message: expect.stringMatching(/"SPACED ".*spaces/) as unknown },
    ]);
  });

  it('names the problem of a key', () => {
    expect(envKeyProblem('OK_1')).toBeNull();
    expect(envKeyProblem('a=b')).toMatch(/"="/);
  });

  it('merges pasted entries into the rows, replacing values of names already there', () => {
    expect(
      mergeEnv(
        [
          { key: 'A', value: '1' },
          { key: 'B', value: '2' },
        ],
        [
          { key: 'B', value: 'new' },
          { key: 'C', value: '3' },
        ],
      ),
    ).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: 'new' },
      { key: 'C', value: '3' },
    ]);
  });
});
