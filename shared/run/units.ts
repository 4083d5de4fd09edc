/**
 * Docker's size units as go-units reads them (RAMInBytes for `--memory`, FromHumanSize with
 * decimal multiples): a number as Go's ParseFloat reads it (`.5`, `32.`, `-0`, `1e3`, `1_000`,
 * hex floats), an optional single space, then `b`, or `k`/`m`/`g`/`t`/`p` optionally followed
 * by `b` or `ib`, in any case. The product is truncated to whole bytes.
 *
 * Exactness beyond 2^53: the CLI multiplies in float64 and truncates to int64. JavaScript
 * numbers are the same IEEE doubles, so the product is bit-identical; a double at or above 2^53
 * is already a whole number, so `BigInt(Math.trunc(product))` is exactly the int64 the CLI
 * gets. Results are bigints for that reason. At 2^63 and above (and for `inf`/`nan`, which Go's
 * ParseFloat also reads) Go's float→int64 conversion is undefined; Berth refuses those.
 */
const BINARY = 1024;
const DECIMAL = 1000;
const UNIT_POWER: Readonly<Record<string, number>> = { k: 1, m: 2, g: 3, t: 4, p: 5 };
const INT64_LIMIT = 2 ** 63;

/** Go float literal syntax: underscores only between digits, optional exponent. */
const DECIMAL_FLOAT = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
/** Hex float: the `p` exponent is required, as Go requires it. */
const HEX_FLOAT =
  /^([+-]?)0[xX]_?((?:[0-9a-fA-F](?:_?[0-9a-fA-F])*)?)(?:\.((?:[0-9a-fA-F](?:_?[0-9a-fA-F])*)?))?[pP]([+-]?\d(?:_?\d)*)$/;
const SPECIAL = /^[+-]?(?:inf|infinity|nan)$/i;

/** Go's strconv.ParseFloat(text, 64), or null where it returns an error (syntax, overflow). */
export const parseGoFloat = (text: string): number | null => {
  let value: number;
  if (DECIMAL_FLOAT.test(text)) {
    value = Number(text.replaceAll('_', ''));
  } else if (SPECIAL.test(text)) {
    const lower = text.toLowerCase();
    value = lower.includes('nan') ? NaN : lower.startsWith('-') ? -Infinity : Infinity;
    return value;
  } else {
    const hex = HEX_FLOAT.exec(text);
    if (!hex) return null;
    const [, sign = '', whole = '', fraction = '', exponent = '0'] = hex;
    const digits = `${whole}${fraction}`.replaceAll('_', '');
    if (digits === '') return null;
    // Number(bigint) rounds to nearest-even, as Go rounds a long hex mantissa.
    value =
      Number(BigInt(`0x${digits}`)) *
      2 ** (Number(exponent.replaceAll('_', '')) - 4 * fraction.replaceAll('_', '').length);
    if (sign === '-') value = -value;
  }
  // ParseFloat reports overflow as an error; underflow is a plain 0.
  return Number.isFinite(value) ? value : null;
};

export type SizeResult =
  | { readonly ok: true; readonly bytes: bigint }
  | { readonly ok: false; readonly message: string; readonly undefinedInGo?: true };

const bad = (message: string): SizeResult => ({ ok: false, message });

const truncate = (size: number): SizeResult => {
  if (!Number.isFinite(size) || size >= INT64_LIMIT) {
    return { ok: false, message: 'too large: at most 8 EiB (2^63 bytes)', undefinedInGo: true };
  }
  return { ok: true, bytes: BigInt(Math.trunc(size)) };
};

/** go-units' parseSize with binary (1024) or decimal (1000) multiples. */
export const parseSize = (text: string, base: typeof BINARY | typeof DECIMAL): SizeResult => {
  let sep = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(text[i] as string)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return bad(`invalid size: '${text}'`);
  const num = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1);
  const suffix = text.slice(sep + 1);
  const size = parseGoFloat(num);
  if (size === null) return bad(`invalid size: '${text}' (${JSON.stringify(num)} is not a number)`);
  if (size < 0) return bad(`invalid size: '${text}'`);
  if (Number.isNaN(size)) return truncate(size);
  if (suffix === '') return truncate(size);
  const sfx = suffix.toLowerCase();
  const badSuffix = bad(`invalid suffix: '${sfx}'`);
  // Every valid suffix is ASCII; Go compares bytes, so anything else fails there too.
  if (sfx.length > 3 || /[^\x20-\x7e]/.test(sfx)) return badSuffix;
  if (sfx[0] === 'b') return sfx.length > 1 ? badSuffix : truncate(size);
  const power = UNIT_POWER[sfx[0] as string];
  if (power === undefined) return badSuffix;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return badSuffix;
  return truncate(size * base ** power);
};

/** `--memory` and friends: go-units RAMInBytes. */
export const parseMemoryBytes = (text: string): SizeResult => parseSize(text, BINARY);

/** go-units FromHumanSize (decimal multiples), the same reader with 1000 for k. */
export const parseHumanSize = (text: string): SizeResult => parseSize(text, DECIMAL);

/** The engine refuses less than this ("Minimum memory limit allowed is 6MB"), except 0 (no limit). */
export const MIN_MEMORY = 6 * 1024 * 1024;

/**
 * Bytes as a number, for the engine's JSON body; null for text the CLI refuses and for sizes
 * beyond 2^53, which JSON numbers cannot carry exactly (the form says so: see memoryProblem).
 */
export const parseMemory = (text: string): number | null => {
  const parsed = parseMemoryBytes(text);
  if (!parsed.ok || parsed.bytes > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(parsed.bytes);
};

/** Why the memory field cannot be sent as typed (trimmed, as the form sends it), or null. */
export const memoryProblem = (text: string): string | null => {
  const value = text.trim();
  if (value === '') return null;
  const parsed = parseMemoryBytes(value);
  if (!parsed.ok) {
    return parsed.undefinedInGo
      ? `"${value}" is more than the docker CLI can represent (at most 2^63 bytes).`
      : `"${value}" is not a size the docker CLI reads: a number with b, k, m, g, t or p (e.g. 512m, 1g, .5g).`;
  }
  if (parsed.bytes > BigInt(Number.MAX_SAFE_INTEGER)) {
    // The CLI accepts it, but Berth's transport (JSON numbers) cannot carry the exact count.
    return 'At most 8191t (2^53 bytes): larger limits cannot be sent exactly (and exceed any host).';
  }
  if (parsed.bytes > 0n && parsed.bytes < BigInt(MIN_MEMORY)) {
    return 'The engine needs at least 6m of memory (0 means no limit).';
  }
  return null;
};

/** The shortest exact way to write `bytes` in Docker's units. */
export const formatMemory = (bytes: number): string => {
  for (const [unit, size] of [
    ['g', 1024 ** 3],
    ['m', 1024 ** 2],
    ['k', 1024],
  ] as const) {
    if (bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return String(bytes);
};

const CPUS = /^(\d+(?:\.\d+)?|\.\d+)$/;

/** Nano-CPUs as `--cpus` sets them, or null for text that is not a positive decimal. */
export const parseCpus = (text: string): number | null => {
  if (!CPUS.test(text.trim())) return null;
  const nano = Math.round(Number(text) * 1e9);
  return nano > 0 && Number.isSafeInteger(nano) ? nano : null;
};

export const formatCpus = (nano: number): string => String(nano / 1e9);
