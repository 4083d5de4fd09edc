/** Docker's size units (go-units RAMInBytes): binary multiples, `b`, `k`, `m`, `g`, `t`, `p`, optional `i`/`b`. */
const MEMORY = /^(\d+(?:\.\d+)?) ?([bkmgtp])?(i?b)?$/i;
const MULTIPLIERS: Readonly<Record<string, number>> = {
  b: 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

/** The engine refuses less than this ("Minimum memory limit allowed is 6MB"). */
export const MIN_MEMORY = 6 * 1024 * 1024;

/** Bytes, or null for text that is not a size Docker reads. */
export const parseMemory = (text: string): number | null => {
  const match = MEMORY.exec(text.trim());
  if (!match) return null;
  const [, number, unit, suffix] = match;
  // `1ib` or `5bb` are not sizes: an `i` needs a unit before it, `b` as unit takes no suffix.
  if (suffix !== undefined && (unit === undefined || unit.toLowerCase() === 'b')) return null;
  const bytes = Math.floor(Number(number) * (MULTIPLIERS[(unit ?? 'b').toLowerCase()] ?? 1));
  return Number.isSafeInteger(bytes) ? bytes : null;
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
