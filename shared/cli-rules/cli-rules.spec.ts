import { describe, expect, it } from 'vitest';
import { familiarName, parseAnyReference, parseReference } from '../images/reference.js';
import { expandPortRow, formatPortSpec, parsePortRange, parsePortSpec, portRowProblems } from '../run/port-spec.js';
import { parseHumanSize, parseMemoryBytes } from '../run/units.js';
import type { RuleCase, RuleTable } from './table.js';
import { goUnitsSize } from './tables/go-units-size.js';
import { natPortRange } from './tables/nat-port-range.js';
import { natPortSpec } from './tables/nat-port-spec.js';
import { referenceNormalize } from './tables/reference-normalize.js';
import { referenceParse } from './tables/reference-parse.js';

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

type Mapping = { readonly port: string; readonly hostIp: string; readonly hostPort: string };

const portRangeAdapter: Adapter<{ readonly start: number; readonly end: number }> = (c) => {
  const range = parsePortRange(c.input);
  return typeof range === 'string' ? { ok: false } : { ok: true, value: range };
};

/** A `-p` value as Berth reads it: parsed, validated like a typed row, expanded to bindings. */
const mappingsOf = (spec: string): Mapping[] | null => {
  const row = parsePortSpec(spec);
  if (typeof row === 'string' || Object.keys(portRowProblems(row)).length > 0) return null;
  return expandPortRow(row).map((b) => ({ port: b.key, hostIp: b.hostIp, hostPort: b.hostPort }));
};

const portSpecAdapter: Adapter<readonly Mapping[] | string> = (c) => {
  const mappings = mappingsOf(c.input);
  if (mappings === null) return { ok: false };
  if (c.fn !== 'PortMapping.String') return { ok: true, value: mappings };
  // Berth prints the shortest equivalent `-p` (`8080:80` for `:8080:80/tcp`): it agrees
  // when its text and the CLI's mean the same mappings.
  const row = parsePortSpec(c.input);
  const printed = typeof row === 'string' ? '' : formatPortSpec(row);
  const same =
    typeof c.value === 'string' && JSON.stringify(mappingsOf(printed)) === JSON.stringify(mappingsOf(c.value));
  return { ok: true, value: same ? c.value : printed };
};

type Fields = Readonly<Record<string, string | null>>;

const referenceAdapter: Adapter<Fields> = (c) => {
  if (c.fn === 'ParseAnyReference') {
    const any = parseAnyReference(c.input);
    if (!any.ok) return { ok: false };
    if (any.kind === 'id') return { ok: true, value: { equivalent: any.id } };
    const { name, tag, digest } = any.reference;
    return {
      ok: true,
      value: { equivalent: `${name}${tag === null ? '' : `:${tag}`}${digest === null ? '' : `@${digest}`}` },
    };
  }
  const parsed = parseReference(c.input, { defaultTag: c.fn === 'ParseDockerRef' });
  if (!parsed.ok) return { ok: false };
  const { registry, path, tag, digest, name, canonical } = parsed.reference;
  return {
    ok: true,
    value: {
      // Parse prints a name as written; that is the CLI's familiar form of the normalised one.
      repository: familiarName(registry, path),
      familiar: familiarName(registry, path),
      name,
      registry,
      path,
      tag,
      digest,
      canonical,
    },
  };
};

/** Agreement: the same verdict, and for an accepted case the same value (the fields it states). */
const agrees = <V>(c: RuleCase<V>, verdict: Verdict<V>): boolean => {
  if (verdict.ok !== c.ok) return false;
  if (!c.ok || c.value === undefined) return true;
  const expected: unknown = c.value;
  const actual: unknown = verdict.value;
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    const got = (actual ?? {}) as Record<string, unknown>;
    return Object.entries(expected).every(([key, value]) => JSON.stringify(got[key]) === JSON.stringify(value));
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
};

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
          expect({ expected: { ok: c.ok, value: c.value }, verdict, agrees: agrees(c, verdict) }).toMatchObject({
            agrees: true,
          });
        } else {
          // A mark that no longer holds must go: Berth agrees now, or the reason is wrong.
          expect(agrees(c, verdict)).toBe(false);
        }
      });
    }
  });
};

runTable('memory units', goUnitsSize, sizeAdapter);
runTable('port ranges', natPortRange, portRangeAdapter);
runTable('-p values', natPortSpec, portSpecAdapter);
runTable('image references', referenceParse, referenceAdapter);
runTable('normalised image references', referenceNormalize, referenceAdapter);

describe('the tables as a whole', () => {
  it('every case agrees or is marked with a reason', () => {
    expect(counts.total).toBeGreaterThan(0);
    expect(counts.agree + counts.marked).toBe(counts.total);
    console.info(`cli-rules: ${counts.total} cases, ${counts.agree} agree, ${counts.marked} marked with a reason`);
  });
});
