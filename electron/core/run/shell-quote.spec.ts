import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellJoin, splitShellWords } from '../../../shared/run/shell-words.js';

/** The preview is meant to be pasted into a shell: check the quoting against a real one. */
describe('shell quoting against sh', () => {
  it('round-trips through a real shell and through the splitter', () => {
    const argv = ['a b', `it's`, '$(touch /tmp/never)', '"x"', '\\', 'new\nline', '', '*', 'ü'];
    const line = shellJoin(argv);
    const echoed = execFileSync('sh', ['-c', `for w in ${line}; do printf '%s\\0' "$w"; done`], {
      encoding: 'utf8',
    });
    expect(echoed.split('\0').slice(0, -1)).toEqual(argv);
    expect(splitShellWords(line)).toEqual({ ok: true, words: argv });
  });
});
