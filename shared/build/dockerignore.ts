/**
 * `.dockerignore` exactly as the docker CLI reads and applies it (moby/patternmatcher and its
 * `ignorefile` reader, plus the CLI's `TrimBuildFilesFromExcludes` and the walk rules of
 * `archive.TarWithOptions`). Paths are context-relative and use `/`.
 */

/** Go's `path.Clean` for slash-separated paths. */
export const cleanPath = (path: string): string => {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined || '.';
};

/** Go's `path.Dir`. */
const dirOf = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return cleanPath(slash === -1 ? '' : path.slice(0, slash + 1));
};

/**
 * The ignorefile reader: a BOM on the first line is dropped, lines starting with `#` (before any
 * trimming) are comments, blank lines are skipped, `!` marks an exception, and each pattern is
 * cleaned with a leading `/` removed.
 */
export const parseDockerignore = (text: string): string[] => {
  const patterns: string[] = [];
  // bufio.Scanner splits on \n and drops one trailing \r.
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, index) => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (index === 0 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.startsWith('#')) return;
    let pattern = line.trim();
    if (pattern === '') return;
    const invert = pattern.startsWith('!');
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  });
  return patterns;
};

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

export interface IgnorePattern {
  /** As moby's `Pattern.String()`: cleaned, without the `!`. */
  readonly text: string;
  readonly exclusion: boolean;
  readonly match: (path: string) => boolean;
}

export class DockerignoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DockerignoreError';
  }
}

const REGEXP_SPECIAL = '.+()|{}$';

/**
 * Go's filepath.Match refuses malformed classes (`[`, `[]a]`, `[-a]`, `[a-`) and a trailing `\\`
 * with ErrBadPattern; the matcher calls it only to surface that error, so only syntax is checked.
 */
const checkSyntax = (pattern: string): void => {
  const bad = (): never => {
    throw new DockerignoreError(`syntax error in pattern: ${pattern}`);
  };
  // Code points, as Go's text/scanner reads runes.
  const chars = Array.from(pattern);
  let i = 0;
  // getEsc: one possibly escaped class character; an unescaped `-` or `]` is an error.
  const classChar = (): void => {
    const ch = chars[i];
    if (ch === undefined || ch === '-' || ch === ']') bad();
    i++;
    if (ch === '\\') {
      if (i >= chars.length) bad();
      i++;
    }
    if (i >= chars.length) bad();
  };
  while (i < chars.length) {
    const ch = chars[i++];
    if (ch === '\\') {
      if (i >= chars.length) bad();
      i++;
    } else if (ch === '[') {
      if (chars[i] === '^') i++;
      let ranges = 0;
      for (;;) {
        if (i >= chars.length) bad();
        if (chars[i] === ']' && ranges > 0) {
          i++;
          break;
        }
        classChar();
        if (chars[i] === '-') {
          i++;
          classChar();
        }
        ranges++;
      }
    }
  }
};

/** A character matched literally (Go's regexp would read `\\d` as a class; we keep the char). */
const literal = (ch: string): string => (/[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch);

/** moby's `Pattern.compile`, including its exact/prefix/suffix shortcuts. */
const compile = (pattern: string): ((path: string) => boolean) => {
  let re = '^';
  let type: MatchType = 'exact';
  // Code points, as Go's text/scanner reads runes.
  const chars = Array.from(pattern);
  for (let i = 0, k = 0; k < chars.length; i++) {
    const ch = chars[k++] as string;
    if (ch === '*') {
      if (chars[k] === '*') {
        k++;
        if (chars[k] === '/') k++;
        if (k >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            re += '.*';
            type = 'regexp';
          }
        } else {
          re += '(.*/)?';
          type = 'regexp';
        }
        if (i === 0) type = 'suffix';
      } else {
        re += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      type = 'regexp';
    } else if (REGEXP_SPECIAL.includes(ch)) {
      re += `\\${ch}`;
    } else if (ch === '\\') {
      // An escaped character is literal; unlike the shortcut types it needs the regexp to drop the `\`.
      if (k < chars.length) re += literal(chars[k++] as string);
      else re += '\\\\';
      type = 'regexp';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      type = 'regexp';
    } else {
      re += ch;
    }
  }
  switch (type) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp': {
      let regexp: RegExp;
      try {
        regexp = new RegExp(`${re}$`, 'u');
      } catch {
        throw new DockerignoreError(`syntax error in pattern: ${pattern}`);
      }
      return (path) => regexp.test(path);
    }
  }
};

/** moby's `patternmatcher.New`: patterns are trimmed, cleaned, and a lone `!` is an error. */
export const compilePatterns = (patterns: readonly string[]): IgnorePattern[] => {
  const out: IgnorePattern[] = [];
  for (const raw of patterns) {
    let p = raw.trim();
    if (p === '') continue;
    p = cleanPath(p);
    let exclusion = false;
    if (p.startsWith('!')) {
      if (p.length === 1) throw new DockerignoreError('illegal exclusion pattern: "!"');
      exclusion = true;
      p = p.slice(1);
    }
    checkSyntax(p);
    out.push({ text: p, exclusion, match: compile(p) });
  }
  return out;
};

/** moby's `MatchesOrParentMatches`: the last pattern that matches the path or a parent wins. */
export const matchesOrParentMatches = (patterns: readonly IgnorePattern[], file: string): boolean => {
  let matched = false;
  const parent = dirOf(file);
  const parentDirs = parent.split('/');
  for (const pattern of patterns) {
    // An inclusion cannot change an already excluded path, nor an exception an included one.
    if (pattern.exclusion !== matched) continue;
    let match = pattern.match(file);
    if (!match && parent !== '.') {
      for (let i = 0; i < parentDirs.length; i++) {
        if (pattern.match(parentDirs.slice(0, i + 1).join('/'))) {
          match = true;
          break;
        }
      }
    }
    if (match) matched = !pattern.exclusion;
  }
  return matched;
};

/**
 * The CLI always sends the Dockerfile and `.dockerignore` (the daemon needs them), so when the
 * patterns would drop them it appends exceptions for them (`TrimBuildFilesFromExcludes`).
 * `dockerfile` is context-relative, or null when it travels under a generated name.
 */
export const keepBuildFiles = (patterns: readonly string[], dockerfile: string | null): string[] => {
  const out = [...patterns];
  if (matchesOrParentMatches(compilePatterns(out), '.dockerignore')) out.push('!.dockerignore');
  if (dockerfile !== null && matchesOrParentMatches(compilePatterns(out), dockerfile)) {
    out.push(`!${dockerfile}`);
  }
  return out;
};

export type WalkDecision = 'include' | 'skip' | 'skip-dir' | 'descend-only';

/**
 * What `archive.TarWithOptions` does with one walked path: an ignored file is skipped; an ignored
 * directory is pruned unless an exception pattern starts with it (`!dir/keep`), in which case
 * the walk still descends (the directory entry itself is not sent).
 */
export class DockerignoreMatcher {
  readonly patterns: readonly IgnorePattern[];
  private readonly hasExclusions: boolean;

  constructor(patterns: readonly string[]) {
    this.patterns = compilePatterns(patterns);
    this.hasExclusions = this.patterns.some((p) => p.exclusion);
  }

  static fromFile(text: string | null, dockerfile: string | null): DockerignoreMatcher {
    return new DockerignoreMatcher(keepBuildFiles(text === null ? [] : parseDockerignore(text), dockerfile));
  }

  ignores(path: string): boolean {
    return matchesOrParentMatches(this.patterns, path);
  }

  decide(path: string, isDir: boolean): WalkDecision {
    if (!this.ignores(path)) return 'include';
    if (!isDir) return 'skip';
    if (!this.hasExclusions) return 'skip-dir';
    const dirSlash = `${path}/`;
    const reopened = this.patterns.some((p) => p.exclusion && `${p.text}/`.startsWith(dirSlash));
    return reopened ? 'descend-only' : 'skip-dir';
  }
}
