import { describe, expect, it } from 'vitest';
import { parseHumanSize, parseMemoryBytes } from '../run/units.js';
import type { RuleCase, RuleTable } from './table.js';
import { goUnitsSize } from './tables/go-units-size.js';

/** What Berth made of one input, in the table's terms. */
interface Verdict<V> {
  readonly ok: boolean;
  readonly value?: V;
}

type Adapter<V> = (c: RuleCase<V>) => Verdict<V>;

const sizeAdapter: Adapter<string> = (c) => {
  const parsed = c.fn === 'FromHumanSize' ? parseHumanSize(c.input) : parseMemoryBytes(c.input);
  return parsed.ok ? { ok: true, value: parsed.bytes.toString() } : { ok: false };
};

const agrees = <V>(c: RuleCase<V>, verdict: Verdict<V>): boolean =>
  verdict.ok === c.ok &&
  (!c.ok || c.value === undefined || JSON.stringify(verdict.value) === JSON.stringify(c.value));

const counts = { total: 0, agree: 0, marked: 0 };

const runTable = <V>(name: string, table: RuleTable<V>, adapter: Adapter<V>): void => {
  describe(`${name}: ${table.source.repo} ${table.source.path}`, () => {
    for (const c of table.cases) {
      counts.total++;
      if (c.differs === undefined) counts.agree++;
      else counts.marked++;
      const title = `${c.fn} ${JSON.stringify(c.input).slice(0, 100)} (line ${c.line})`;
      it(c.differs === undefined ? title : `${title}: differs on purpose`, () => {
        const verdict = adapter(c);
        if (c.differs === undefined) {
          expect({ ...verdict, agrees: agrees(c, verdict) }).toMatchObject({ agrees: true });
        } else {
          // A mark that no longer holds must go: Berth agrees now, or the reason is wrong.
          expect(agrees(c, verdict)).toBe(false);
        }
      });
    }
  });
};

runTable('memory units', goUnitsSize, sizeAdapter);

describe('the tables as a whole', () => {
  it('every case agrees or is marked with a reason', () => {
    expect(counts.total).toBeGreaterThan(0);
    expect(counts.agree + counts.marked).toBe(counts.total);
    console.info(`cli-rules: ${counts.total} cases, ${counts.agree} agree, ${counts.marked} marked with a reason`);
  });
});
