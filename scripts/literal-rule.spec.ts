import { describe, expect, it } from 'vitest';
import { literalViolations as violations } from './literal-violations.js';

/**
 * The user-visible-literal rule is a lint rule: these cases prove lint fails on English text written
 * into a component, and passes for text worded through a catalogue or for non-text props.
 */
// A feature folder on no "not yet translated" list: the rule applies there in full.
const file = 'renderer/features/example/X.tsx';

// The first lint loads the whole config (and its plugins): a cold start, not a slow rule.
describe('user-visible literal rule', { timeout: 60_000 }, () => {
  it.each([
    'export const A = () => <p>Remove volume</p>;',
    'export const A = () => <button aria-label="Close">x</button>;',
    'export const A = () => <input placeholder="Name" />;',
    'export const A = () => <span title={"Refresh"} />;',
    'export const A = () => <img alt="logo" />;',
    'export const A = ({ n }: { n: number }) => <span title={`${n} rows`} />;',
    'export const A = ({ b }: { b: boolean }) => <span aria-label={b ? "Open" : "Closed"} />;',
    'export const A = ({ b }: { b: boolean }) => <p>{b ? "Running" : "Stopped"}</p>;',
    'export const A = () => <F confirmLabel="Remove" />;\nconst F = (_: { confirmLabel: string }) => null;',
  ])('fails on %s', async (code) => {
    expect(await violations(file, code)).not.toEqual([]);
  });

  it.each([
    "export const A = ({ t }: { t: (k: string) => string }) => <p title={t('title')}>{t('body')}</p>;",
    'export const A = () => <p className="row-name" role="status">{" · "}</p>;',
    'export const A = () => <input type="text" autoComplete="off" />;',
    'export const A = ({ b }: { b: boolean }) => <p className={b ? "button danger" : "button"} />;',
    'export const A = ({ name }: { name: string }) => <p>{name} — 3</p>;',
  ])('passes %s', async (code) => {
    expect(await violations(file, code)).toEqual([]);
  });

  it('leaves specs alone', async () => {
    expect(
      await violations('renderer/features/example/X.spec.tsx', 'export const A = () => <p>Hi</p>;'),
    ).toEqual([]);
  });

  it('exempts no folder now that every one is translated', async () => {
    // The last folders left the not-yet-translated list in issue 19; a literal anywhere fails.
    for (const file of [
      'renderer/features/swarm/X.tsx',
      'renderer/features/images/X.tsx',
      'renderer/ui/X.tsx',
    ]) {
      expect(await violations(file, 'export const A = () => <p>Hi</p>;')).not.toEqual([]);
    }
  });
});
