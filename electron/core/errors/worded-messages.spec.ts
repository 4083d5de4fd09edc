import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every message the core means to show travels as a key (`worded(...)`), so the renderer words it
 * in the reader's language. A string or template literal in a `new BerthError(code, message)` or in
 * an error envelope's `message` is English only: this scan fails on it. Passing on what someone
 * else said (the engine's words, a caught error's message, a variable) is allowed.
 * A task title (`tasks.start(kind, title, run)`) is scanned the same way: the task list shows it.
 */

const repo = join(import.meta.dirname, '../../..');

/**
 * Folders other branches were converting when this scan arrived: their literals are known and
 * listed here, file by file, so the list can only shrink (an entry whose file is clean fails too).
 */
const PENDING: readonly string[] = [];

const sources = (dir: string): string[] =>
  readdirSync(join(repo, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|fixtures)\.ts$/.test(entry.name) ? [path] : [];
  });

const isLiteral = (node: ts.Node): boolean =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);

const isWordedCall = (node: ts.Node): boolean =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'worded';

/** A literal inside `expression` that does not sit in a `worded(...)` call (its English is a key's). */
const bareLiteral = (expression: ts.Node): ts.Node | null => {
  if (isWordedCall(expression)) return null;
  if (isLiteral(expression)) return expression;
  // A call's arguments are its own business (e.g. `engineMessage(err)`); a conditional's branches are ours.
  if (ts.isCallExpression(expression)) return null;
  if (ts.isConditionalExpression(expression)) {
    return bareLiteral(expression.whenTrue) ?? bareLiteral(expression.whenFalse);
  }
  // A comparison's literals are values, not words; `??`, `||` and `+` can make the message.
  if (
    ts.isBinaryExpression(expression) &&
    ![ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.PlusToken].includes(
      expression.operatorToken.kind,
    )
  ) {
    return null;
  }
  let found: ts.Node | null = null;
  expression.forEachChild((child) => {
    found ??= bareLiteral(child);
  });
  return found;
};

/** The title argument of a `….tasks.start(kind, title, run)` call, or null. */
const taskTitle = (node: ts.Node): ts.Expression | null =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  node.expression.name.text === 'start' &&
  /\btasks$/.test(node.expression.expression.getText()) &&
  node.arguments.length >= 3
    ? (node.arguments[1] ?? null)
    : null;

const messageProperty = (node: ts.ObjectLiteralExpression): ts.Expression | null => {
  const names = new Map<string, ts.Expression>();
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) {
      names.set(property.name.text, property.initializer);
    }
  }
  // An envelope: a code beside the message (`{ code: 'NOT_FOUND', message: '…' }`). A zod issue of a
  // schema's own (`code: 'custom'`) is another kind of message, not scanned here.
  const code = names.get('code');
  if (!code || (ts.isStringLiteral(code) && code.text === 'custom')) return null;
  return names.get('message') ?? null;
};

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const scan = (file: string): Finding[] => {
  const text = readFileSync(join(repo, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (node: ts.Node): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file, line: line + 1, text: node.getText(source).slice(0, 100) });
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'BerthError'
    ) {
      const message = node.arguments?.[1];
      const literal = message ? bareLiteral(message) : null;
      if (literal) report(literal);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const message = messageProperty(node);
      const literal = message ? bareLiteral(message) : null;
      if (literal) report(literal);
    }
    // A task's title is shown in the task list: `tasks.start(kind, taskWorded(...), …)`.
    const title = taskTitle(node);
    const titleLiteral = title ? bareLiteral(title) : null;
    if (titleLiteral) report(titleLiteral);
    node.forEachChild(visit);
  };
  visit(source);
  return findings;
};

const files = [...sources('electron/core'), ...sources('shared')].map((f) => relative(repo, join(repo, f)));
const findings = files.flatMap(scan);

describe('messages the core shows', () => {
  it('are scanned (the walk reaches the core and shared)', () => {
    expect(files).toContain('electron/core/errors/berth-error.ts');
    expect(files).toContain('shared/contract/error-texts.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('travel as keys: no English-only literal in a BerthError or an error envelope', () => {
    const outstanding = findings.filter((f) => !PENDING.includes(f.file));
    expect(outstanding.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });

  it.each(PENDING)('%s is still pending (remove it from PENDING once it is keyed)', (file) => {
    expect(findings.some((f) => f.file === file)).toBe(true);
  });

  it('catch a literal, a template and a literal branch, but not worded() or the engine words', () => {
    const probe = (code: string): number => {
      const source = ts.createSourceFile('probe.ts', code, ts.ScriptTarget.Latest, true);
      let count = 0;
      const visit = (node: ts.Node): void => {
        if (ts.isNewExpression(node) && node.arguments?.[1] && bareLiteral(node.arguments[1])) count += 1;
        if (ts.isObjectLiteralExpression(node)) {
          const message = messageProperty(node);
          if (message && bareLiteral(message)) count += 1;
        }
        const title = taskTitle(node);
        if (title && bareLiteral(title)) count += 1;
        node.forEachChild(visit);
      };
      visit(source);
      return count;
    };
    expect(probe("new BerthError('X', 'Gone.')")).toBe(1);
    expect(probe('new BerthError(`X`, `No ${name}.`)')).toBe(1);
    expect(probe("new BerthError('X', a ? worded('k') : 'Gone.')")).toBe(1);
    expect(probe("({ code: 'X', message: `No ${id}.` })")).toBe(1);
    expect(probe("new BerthError('X', worded('k', { name: `a ${b}` }))")).toBe(0);
    expect(probe("new BerthError('X', engineMessage(err))")).toBe(0);
    expect(probe("({ code: 'X', ...worded('k') })")).toBe(0);
    expect(probe("({ message: 'Pulled.' })")).toBe(0);
    expect(probe("deps.tasks.start('pull', `Pull ${ref}`, run)")).toBe(1);
    expect(probe("deps.tasks.start('pull', taskWorded('pullTitle', { ref }), run)")).toBe(0);
  });
});
