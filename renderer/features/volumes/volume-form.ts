import { VOLUME_NAME_PATTERN } from '../../../shared/contract/volumes.js';

export interface ParsedPairs {
  readonly values: Readonly<Record<string, string>>;
  readonly problem: string | null;
}

/** `key=value` per line (blank lines ignored); the first `=` splits, so values may hold `=`. */
export const parseKeyValues = (text: string, what: string): ParsedPairs => {
  const values: Record<string, string> = {};
  const lines = text.split('\n').map((line) => line.trim());
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    const cut = line.indexOf('=');
    if (cut <= 0) return { values, problem: `${what}, line ${index + 1}: write key=value.` };
    const key = line.slice(0, cut).trim();
    if (key in values) return { values, problem: `${what}, line ${index + 1}: ${key} is given twice.` };
    values[key] = line.slice(cut + 1);
  }
  if (Object.keys(values).length > 64) return { values, problem: `${what}: at most 64 entries.` };
  return { values, problem: null };
};

/** The engine's rule for a volume name, as a sentence, or null when the name is fine. */
export const volumeNameProblem = (name: string): string | null => {
  if (name.length === 0) return 'Give the volume a name.';
  if (name.length > 255) return 'A volume name is at most 255 characters.';
  if (!VOLUME_NAME_PATTERN.test(name)) {
    return 'A volume name is at least 2 characters: letters, digits, _ . - and it starts with a letter or digit.';
  }
  return null;
};

export interface VolumeForm {
  readonly name: string;
  readonly driver: string;
  readonly driverOpts: string;
  readonly labels: string;
}

export type VolumeFormResult =
  | {
      readonly ok: true;
      readonly request: {
        readonly name: string;
        readonly driver: string;
        readonly driverOpts: Readonly<Record<string, string>>;
        readonly labels: Readonly<Record<string, string>>;
      };
    }
  | { readonly ok: false; readonly field: keyof VolumeForm; readonly problem: string };

export const checkVolumeForm = (form: VolumeForm): VolumeFormResult => {
  const name = form.name.trim();
  const nameProblem = volumeNameProblem(name);
  if (nameProblem) return { ok: false, field: 'name', problem: nameProblem };
  const driver = form.driver.trim() || 'local';
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.:/-]*$/.test(driver) || driver.length > 128) {
    return { ok: false, field: 'driver', problem: 'A driver name is letters, digits and _ . : / -.' };
  }
  const opts = parseKeyValues(form.driverOpts, 'Driver options');
  if (opts.problem) return { ok: false, field: 'driverOpts', problem: opts.problem };
  const labels = parseKeyValues(form.labels, 'Labels');
  if (labels.problem) return { ok: false, field: 'labels', problem: labels.problem };
  return { ok: true, request: { name, driver, driverOpts: opts.values, labels: labels.values } };
};
