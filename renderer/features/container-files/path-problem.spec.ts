import { describe, expect, it } from 'vitest';
import { containerPathProblem } from '../../../shared/files/container-path.js';
import { setLanguage } from '../../i18n/index.js';
import { pathProblemText } from './path-problem.js';

// Each problem the shared checker can give: the English wording stays what it was, and Chinese has its own.
const paths = ['', `/${'a'.repeat(5000)}`, '/a\0b', 'rel', '/a/', '/a//b', '/a/../b', `/${'n'.repeat(300)}`];

describe('pathProblemText', () => {
  it.each(paths)('words the problem with %j in both languages', async (path) => {
    const problem = containerPathProblem(path);
    expect(problem).not.toBeNull();
    await setLanguage('en');
    expect(pathProblemText(problem ?? '')).toBe(`The path ${problem ?? ''}.`);
    await setLanguage('zh-CN');
    expect(pathProblemText(problem ?? '')).toMatch(/^路径/);
    expect(pathProblemText(problem ?? '')).not.toMatch(/must/);
    await setLanguage('en');
  });
});
