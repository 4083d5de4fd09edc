import { ESLint } from 'eslint';

const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  // The rule is syntactic: no type information needed, so snippets need no tsconfig.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-syntax',
});

/** What the repository's user-visible-literal rule says about `code` if it stood at `file` (relative to the root). */
export const literalViolations = async (file: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: new URL(`../${file}`, import.meta.url).pathname });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
};

/** Files under `patterns` with literal violations, and how many each. */
export const literalViolationCounts = async (patterns: string[]): Promise<Map<string, number>> => {
  const results = await eslint.lintFiles(patterns);
  const counts = new Map<string, number>();
  for (const r of results) {
    const n = r.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
    if (n > 0) counts.set(r.filePath, n);
  }
  return counts;
};
