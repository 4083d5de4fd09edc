import { describe, expect, it } from 'vitest';
import {
  cleanPath,
  compilePatterns,
  DockerignoreError,
  DockerignoreMatcher,
  keepBuildFiles,
  matchesOrParentMatches,
  parseDockerignore,
} from './dockerignore.js';

const matches = (pattern: string, path: string): boolean =>
  matchesOrParentMatches(compilePatterns([pattern]), path);

describe('cleanPath (Go path.Clean)', () => {
  it.each([
    ['', '.'],
    ['./foo', 'foo'],
    ['foo/', 'foo'],
    ['a//b/./c/..', 'a/b'],
    ['/../a', '/a'],
    ['../a/../..', '../..'],
    ['/', '/'],
    ['**/', '**'],
  ])('%j → %j', (input, output) => {
    expect(cleanPath(input)).toBe(output);
  });
});

describe('parseDockerignore (moby ignorefile.ReadAll)', () => {
  it('reads moby’s own TestReadAll input', () => {
    const text =
      'test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! \n';
    expect(parseDockerignore(text)).toEqual([
      'test1',
      'test2',
      'a/file/here',
      'lastfile',
      '!inverted/abs/path',
      '!',
      '!',
    ]);
  });

  it('drops a BOM, CRs and surrounding blanks; a # after blanks is a pattern', () => {
    expect(parseDockerignore('\uFEFF*.log\r\n  ./dist/ \r\n  #not-a-comment\n#comment')).toEqual([
      '*.log',
      'dist',
      '#not-a-comment',
    ]);
  });

  it('keeps "/" itself and cleans dot segments', () => {
    expect(parseDockerignore('/\na/../b\n./c/./d/\n!./e')).toEqual(['/', 'b', 'c/d', '!e']);
  });
});

describe('pattern matching (moby patternmatcher TestMatches)', () => {
  // [pattern, path, matches] as in moby/patternmatcher's table (paths already cleaned).
  const cases: readonly [string, string, boolean][] = [
    ['**', 'file', true],
    ['**', 'dir/file', true],
    ['**/', 'dir/file', true],
    ['**/**', 'dir/file', true],
    ['dir/**', 'dir/file', true],
    ['dir/**', 'dir/dir2/file', true],
    ['**/dir', 'dir', true],
    ['**/dir', 'dir/file', true],
    ['**/dir2/*', 'dir/dir2/file', true],
    ['**/dir2/**', 'dir/dir2/dir3/file', true],
    ['**file', 'file', true],
    ['**file', 'dir/file', true],
    ['**/file', 'dir/file', true],
    ['**file', 'dir/dir/file', true],
    ['**/file', 'dir/dir/file', true],
    ['**/file*', 'dir/dir/file', true],
    ['**/file*', 'dir/dir/file.txt', true],
    ['**/file*txt', 'dir/dir/file.txt', true],
    ['**/file*.txt', 'dir/dir/file.txt', true],
    ['**/file*.txt*', 'dir/dir/file.txt', true],
    ['**/**/*.txt', 'dir/dir/file.txt', true],
    ['**/**/*.txt2', 'dir/dir/file.txt', false],
    ['**/*.txt', 'file.txt', true],
    ['**/**/*.txt', 'file.txt', true],
    ['a**/*.txt', 'a/file.txt', true],
    ['a**/*.txt', 'a/dir/file.txt', true],
    ['a**/*.txt', 'a/dir/dir/file.txt', true],
    ['a/*.txt', 'a/dir/file.txt', false],
    ['a/*.txt', 'a/file.txt', true],
    ['a/*.txt**', 'a/file.txt', true],
    ['a[b-d]e', 'ae', false],
    ['a[b-d]e', 'ace', true],
    ['a[b-d]e', 'aae', false],
    ['a[^b-d]e', 'aze', true],
    ['.*', '.foo', true],
    ['.*', 'foo', false],
    ['abc.def', 'abcdef', false],
    ['abc.def', 'abc.def', true],
    ['abc.def', 'abcZdef', false],
    ['abc?def', 'abcZdef', true],
    ['abc?def', 'abcdef', false],
    ['a\\\\', 'a\\', true],
    ['**/foo/bar', 'foo/bar', true],
    ['**/foo/bar', 'dir/foo/bar', true],
    ['**/foo/bar', 'dir/dir2/foo/bar', true],
    ['abc/**', 'abc', false],
    ['abc/**', 'abc/def', true],
    ['abc/**', 'abc/def/ghi', true],
    ['**/.foo', '.foo', true],
    ['**/.foo', 'bar.foo', false],
    ['a(b)c/def', 'a(b)c/def', true],
    ['a(b)c/def', 'a(b)c/xyz', false],
    ['a.|)$(}+{bc', 'a.|)$(}+{bc', true],
    [
      'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
      'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl',
      true,
    ],
    ['dist/*.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', true],
    // `*` and `?` never cross a slash.
    ['*', 'dir/file', true], // the parent "dir" matches
    ['*/file', 'dir/sub/file', false],
    ['d?r/file', 'dir/file', true],
    ['d?r', 'd/r', false],
    // An escaped wildcard is literal.
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    // Patterns are anchored at the context root.
    ['file', 'dir/file', false],
    ['dir', 'dir/sub/file', true],
    ['dir/sub', 'dir/subway', false],
    // Unicode names are matched by code point.
    ['caf?', 'café', true],
  ];
  it.each(cases)('%j against %j → %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });
});

describe('malformed patterns', () => {
  it.each(['[', 'a[', '[]a]', '[-a]', 'a\\', '[a-'])('%j is a syntax error as in filepath.Match', (p) => {
    expect(() => compilePatterns([p])).toThrow(DockerignoreError);
  });
  it('refuses a lone "!"', () => {
    expect(() => compilePatterns(['!'])).toThrow('illegal exclusion pattern: "!"');
  });
  it('accepts well-formed classes', () => {
    expect(() => compilePatterns(['[a-z]', '[^0-9]x', '[\\]]', '[a\\-z]'])).not.toThrow();
  });
});

describe('exceptions: the last matching pattern wins', () => {
  const ignored = (text: string, path: string): boolean =>
    new DockerignoreMatcher(parseDockerignore(text)).ignores(path);

  it('follows the docker docs’ README example, in both orders', () => {
    const a = '*.md\n!README*.md\nREADME-secret.md';
    expect(ignored(a, 'notes.md')).toBe(true);
    expect(ignored(a, 'README.md')).toBe(false);
    expect(ignored(a, 'README-secret.md')).toBe(true);
    const b = '*.md\nREADME-secret.md\n!README*.md';
    expect(ignored(b, 'README-secret.md')).toBe(false);
    expect(ignored(b, 'notes.md')).toBe(true);
  });

  it('re-includes a file inside an ignored directory', () => {
    const text = 'docs\n!docs/README.md';
    expect(ignored(text, 'docs/other.md')).toBe(true);
    expect(ignored(text, 'docs/README.md')).toBe(false);
    expect(ignored(text, 'docs')).toBe(true);
  });

  it('handles the issue’s node_modules / log example', () => {
    const text = '**/node_modules\n*.log\n!keep.log';
    expect(ignored(text, 'node_modules/x/index.js')).toBe(true);
    expect(ignored(text, 'app/node_modules/y.js')).toBe(true);
    expect(ignored(text, 'app/node_modules')).toBe(true);
    expect(ignored(text, 'debug.log')).toBe(true);
    expect(ignored(text, 'keep.log')).toBe(false);
    // `*.log` is anchored at the root: a log in a subdirectory is sent.
    expect(ignored(text, 'app/debug.log')).toBe(false);
    expect(ignored(text, 'app/main.js')).toBe(false);
  });

  it('ignores everything but exceptions', () => {
    const text = '*\n!src\n!Dockerfile';
    expect(ignored(text, 'src/a.ts')).toBe(false);
    expect(ignored(text, 'Dockerfile')).toBe(false);
    expect(ignored(text, 'secret.env')).toBe(true);
  });

  it('a later exclusion re-ignores what an exception let back', () => {
    const text = 'dir\n!dir/keep\ndir/keep/secret';
    expect(ignored(text, 'dir/keep/file')).toBe(false);
    expect(ignored(text, 'dir/keep/secret')).toBe(true);
  });
});

describe('walk decisions (archive.TarWithOptions)', () => {
  it('prunes an ignored directory when no exception could reopen it', () => {
    const m = new DockerignoreMatcher(['build', 'tmp/**']);
    expect(m.decide('build', true)).toBe('skip-dir');
    expect(m.decide('tmp', true)).toBe('include');
    expect(m.decide('tmp/x', false)).toBe('skip');
    expect(m.decide('src', true)).toBe('include');
  });

  it('descends into an ignored directory an exception starts with, without sending the directory', () => {
    const m = new DockerignoreMatcher(['docs', '!docs/keep.md', 'other']);
    expect(m.decide('docs', true)).toBe('descend-only');
    expect(m.decide('docs/keep.md', false)).toBe('include');
    expect(m.decide('docs/drop.md', false)).toBe('skip');
    expect(m.decide('other', true)).toBe('skip-dir');
  });

  it('does not reopen a directory for a wildcard exception, as docker does not', () => {
    const m = new DockerignoreMatcher(['vendor', '!**/keep']);
    expect(m.decide('vendor', true)).toBe('skip-dir');
  });
});

describe('the Dockerfile and .dockerignore are always sent (TrimBuildFilesFromExcludes)', () => {
  it('adds exceptions only when needed', () => {
    expect(keepBuildFiles(['*.log'], 'Dockerfile')).toEqual(['*.log']);
    expect(keepBuildFiles(['*'], 'Dockerfile')).toEqual(['*', '!.dockerignore', '!Dockerfile']);
    expect(keepBuildFiles(['.dockerignore', 'docker'], 'docker/app.Dockerfile')).toEqual([
      '.dockerignore',
      'docker',
      '!.dockerignore',
      '!docker/app.Dockerfile',
    ]);
  });

  it('does not add one for a Dockerfile sent under a generated name', () => {
    expect(keepBuildFiles(['*'], null)).toEqual(['*', '!.dockerignore']);
  });

  it('lets the walk reach a Dockerfile inside an ignored directory', () => {
    const m = DockerignoreMatcher.fromFile('docker\n', 'docker/Dockerfile');
    expect(m.decide('docker', true)).toBe('descend-only');
    expect(m.decide('docker/Dockerfile', false)).toBe('include');
    expect(m.decide('docker/other', false)).toBe('skip');
  });

  it('with no .dockerignore, sends everything', () => {
    const m = DockerignoreMatcher.fromFile(null, 'Dockerfile');
    expect(m.ignores('anything/at/all')).toBe(false);
  });
});
