/**
 * Go's time.ParseDuration, which the CLI uses for --health-interval and friends: a sequence of
 * decimal numbers with units (`1h30m`, `4.5s`, `300ms`), optionally signed; `0` alone is allowed.
 * Results are nanoseconds as bigints, since health timings are int64 nanoseconds in the API.
 */
const UNIT_NS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n,
  μs: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const PART = /^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/;
const INT64_MAX = 2n ** 63n - 1n;

export type DurationResult = { readonly ok: true; readonly ns: bigint } | { readonly ok: false };

export const parseGoDuration = (text: string): DurationResult => {
  let rest = text;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') return { ok: true, ns: 0n };
  if (rest === '') return { ok: false };
  let total = 0n;
  while (rest !== '') {
    const part = PART.exec(rest);
    if (!part) return { ok: false };
    const [all, whole = '', fraction = '', unit = 's'] = part;
    if (whole === '' && fraction === '') return { ok: false };
    const scale = UNIT_NS[unit] ?? 1n;
    // Go keeps the fraction's digits exactly and truncates below a nanosecond.
    const fractionNs = fraction === '' ? 0n : (BigInt(fraction) * scale) / 10n ** BigInt(fraction.length);
    total += BigInt(whole === '' ? '0' : whole) * scale + fractionNs;
    if (total > INT64_MAX) return { ok: false };
    rest = rest.slice(all.length);
  }
  return { ok: true, ns: negative ? -total : total };
};

/** Nanoseconds as Go's Duration.String prints them for whole units: `1m30s`, `500ms`, `0s`. */
export const formatGoDuration = (ns: number | bigint): string => {
  let n = BigInt(ns);
  if (n === 0n) return '0s';
  const sign = n < 0n ? '-' : '';
  if (n < 0n) n = -n;
  if (n < 1_000_000_000n) {
    if (n % 1_000_000n === 0n) return `${sign}${n / 1_000_000n}ms`;
    if (n % 1_000n === 0n) return `${sign}${n / 1_000n}us`;
    return `${sign}${n}ns`;
  }
  const h = n / 3_600_000_000_000n;
  n -= h * 3_600_000_000_000n;
  const m = n / 60_000_000_000n;
  n -= m * 60_000_000_000n;
  const whole = n / 1_000_000_000n;
  const frac = n % 1_000_000_000n;
  const seconds =
    frac === 0n ? `${whole}` : `${whole}.${frac.toString().padStart(9, '0').replace(/0+$/, '')}`;
  return `${sign}${h > 0n ? `${h}h` : ''}${h > 0n || m > 0n ? `${m}m` : ''}${seconds}s`;
};
