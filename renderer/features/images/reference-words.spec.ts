import { afterAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../shared/images/reference.js';
import { setLanguage } from '../../i18n/index.js';
import { wordReferenceProblem } from './reference-words.js';

/** One input per way the shared parser refuses a reference. */
const inputs = [
  '',
  'a b',
  'Team/App',
  'a'.repeat(300),
  'f'.repeat(64),
  `app@sha256:${'a'.repeat(40)}`,
  'app:-x',
  'a//b',
];

const refusals = () =>
  inputs.map((input) => {
    const parsed = parseReference(input);
    if (parsed.ok) throw new Error(`${input} was accepted`);
    return parsed;
  });

describe('wordReferenceProblem', () => {
  afterAll(async () => {
    await setLanguage('en');
  });

  it('gives back the parser’s English as it is', async () => {
    await setLanguage('en');
    const all = refusals();
    expect(new Set(all.map((r) => r.kind)).size).toBe(6);
    for (const refused of all) expect(wordReferenceProblem(refused)).toBe(refused.message);
  });

  it('words every refusal in Chinese', async () => {
    await setLanguage('zh-CN');
    for (const refused of refusals()) expect(wordReferenceProblem(refused)).toMatch(/[\u4e00-\u9fff]/);
  });
});
