import { ESLint } from 'eslint';

const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  // The snippets are not files of any tsconfig; the import rules need no type information.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** What the repository's import rules say about `code` if it stood at `file` (relative to the root). */
export const importViolations = async (file: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: new URL(`../${file}`, import.meta.url).pathname });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};
