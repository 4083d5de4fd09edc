import { parseAnyReference } from '../images/reference.js';
import { encodedBytes, formatKiB, MAX_PAYLOAD_BYTES } from '../protocol/messages.js';
import { envKeyProblem } from './env-file.js';
import { parseExtraHost } from './extra-hosts.js';
import { labelKeyProblem } from './labels.js';
import { portRowProblems } from './port-spec.js';
import { capabilityWords, lines, type FieldErrors, type RunForm } from './run-form.js';
import { splitShellWords } from './shell-words.js';
import { advancedProblems } from './validate-advanced.js';
import { memoryProblem, parseCpus } from './units.js';

/** The engine's rule for container names (moby's RestrictedNamePattern; also volume names). */
export const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** The engine sets no length limit; this is the most Berth's transport carries (run contract). */
export const MAX_NAME = 256;
const CAPABILITY = /^(CAP_)?[A-Z][A-Z_]*$|^ALL$/;
const USER = /^[a-zA-Z0-9_.-]{1,64}(:[a-zA-Z0-9_.-]{1,64})?$/;
const HOSTNAME =
  /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** A container name as the engine checks it: one leading `/` allowed (the engine adds it anyway). */
export const nameProblem = (name: string): string | null => {
  if (name === '') return null;
  if (name.length > MAX_NAME) return `Berth sends names of at most ${MAX_NAME} characters.`;
  if (!NAME_PATTERN.test(name.startsWith('/') ? name.slice(1) : name)) {
    return 'Docker accepts names of 2 or more characters: letters, digits, _ . - (starting with a letter or digit).';
  }
  return null;
};

/** The image as `docker run` reads it (ParseAnyReference): a reference or an image id. */
export const imageProblem = (image: string): string | null => {
  const ref = image.trim();
  if (ref === '') return 'Choose an image.';
  const parsed = parseAnyReference(ref);
  return parsed.ok ? null : `"${ref.slice(0, 80)}" is not an image reference: ${parsed.message}`;
};

/**
 * A `--mount` value as the CLI reads it: not empty, no blanks at either end (the CLI refuses
 * `source=/data ` rather than trimming it).
 */
const mountValueProblem = (value: string, what: string): string | null => {
  if (value.trim() !== value)
    return `The ${what} cannot start or end with a blank (the docker CLI refuses it).`;
  return null;
};

/** Absolute path inside the container; `/` itself cannot be a mount target. */
export const containerPathProblem = (path: string, what: string): string | null => {
  if (path.trim() === '') return `Give the ${what}.`;
  if (!path.startsWith('/')) return `The ${what} must be an absolute path (starting with /).`;
  if (path.includes('\0')) return `The ${what} cannot contain NUL bytes.`;
  if (path.length > 4096) return `The ${what} is at most 4096 characters.`;
  return null;
};

const textProblem = (text: string, max: number, what: string): string | null => {
  if (text.includes('\0')) return `The ${what} cannot contain NUL bytes.`;
  if (text.length > max) return `The ${what} is at most ${max} characters.`;
  return null;
};

/**
 * Every rule the docker CLI (or the engine, before creating anything) applies to these fields,
 * so the dialog can say what is wrong next to the field and the backend refuses the same input.
 */
export const validateForm = (form: RunForm): FieldErrors => {
  const errors: Record<string, string> = {};
  const put = (path: string, problem: string | null | undefined): void => {
    if (problem) errors[path] = problem;
  };

  put('name', nameProblem(form.name));
  put('image', imageProblem(form.image));
  for (const field of ['command', 'entrypoint'] as const) {
    const split = splitShellWords(form[field]);
    put(field, split.ok ? textProblem(form[field], 8192, field) : split.error);
  }
  if (form.workingDir !== '') put('workingDir', containerPathProblem(form.workingDir, 'working directory'));
  if (form.user !== '' && !USER.test(form.user)) put('user', 'A user is name or uid, optionally :group.');

  const seenBindings = new Map<string, number>();
  form.ports.forEach((row, i) => {
    for (const [field, problem] of Object.entries(portRowProblems(row))) put(`ports.${i}.${field}`, problem);
    const key = `${row.hostIp.trim()}|${row.hostPort.trim()}|${row.protocol}`;
    if (row.hostPort.trim() !== '' && !errors[`ports.${i}.hostPort`]) {
      const other = seenBindings.get(key);
      if (other !== undefined)
        put(`ports.${i}.hostPort`, `Host port ${row.hostPort} is already used in row ${other + 1}.`);
      else seenBindings.set(key, i);
    }
  });
  if (form.network === 'host' && form.ports.length > 0) {
    put('ports', 'Published ports do not apply to the host network: remove them or pick another network.');
  }

  const seenEnv = new Map<string, number>();
  form.env.forEach((row, i) => {
    put(`env.${i}.key`, envKeyProblem(row.key));
    put(`env.${i}.value`, textProblem(row.value, 32_768, 'value'));
    const other = seenEnv.get(row.key);
    if (row.key !== '' && other !== undefined)
      put(`env.${i}.key`, `${row.key} is already set in row ${other + 1}.`);
    else seenEnv.set(row.key, i);
  });

  const targets = new Map<string, number>();
  form.mounts.forEach((row, i) => {
    if (row.kind === 'bind') {
      if (row.source.trim() === '') put(`mounts.${i}.source`, 'Give the host folder.');
      else if (!row.source.startsWith('/'))
        put(`mounts.${i}.source`, 'The host folder must be an absolute path.');
      else
        put(
          `mounts.${i}.source`,
          mountValueProblem(row.source, 'host folder') ?? textProblem(row.source, 4096, 'host folder'),
        );
    } else if (row.source !== '' && !NAME_PATTERN.test(row.source)) {
      put(
        `mounts.${i}.source`,
        'A volume name is 2 or more characters: letters, digits, _ . - (empty: an anonymous volume).',
      );
    }
    const target =
      containerPathProblem(row.target, 'container path') ?? mountValueProblem(row.target, 'container path');
    if (target) put(`mounts.${i}.target`, target);
    else if (row.target === '/') put(`mounts.${i}.target`, 'The container path cannot be / itself.');
    else {
      const other = targets.get(row.target);
      if (other !== undefined)
        put(`mounts.${i}.target`, `${row.target} is already mounted in row ${other + 1}.`);
      else targets.set(row.target, i);
    }
  });

  if (form.network !== '' && !['host', 'none'].includes(form.network) && !NAME_PATTERN.test(form.network)) {
    put('network', 'A network name is letters, digits, _ . -.');
  }
  if (form.restart === 'on-failure' && form.restartMaxRetries !== '') {
    const retries = Number(form.restartMaxRetries);
    if (!/^\d+$/.test(form.restartMaxRetries) || retries > 1_000_000) {
      put('restartMaxRetries', 'Maximum retries is a whole number (0 or more).');
    }
  } else if (form.restart !== 'on-failure' && form.restartMaxRetries !== '') {
    put('restartMaxRetries', 'Maximum retries only applies to on-failure.');
  }
  if (form.autoRemove && form.restart !== 'no') {
    put('restart', 'Auto-remove and a restart policy conflict: the engine refuses both together.');
  }

  const seenLabels = new Map<string, number>();
  form.labels.forEach((row, i) => {
    put(`labels.${i}.key`, labelKeyProblem(row.key) ?? textProblem(row.key, 256, 'key'));
    put(`labels.${i}.value`, textProblem(row.value, 4096, 'value'));
    const other = seenLabels.get(row.key);
    if (row.key !== '' && other !== undefined)
      put(`labels.${i}.key`, `${row.key} is already set in row ${other + 1}.`);
    else seenLabels.set(row.key, i);
  });

  put('memory', memoryProblem(form.memory));
  if (form.cpus.trim() !== '') {
    const nano = parseCpus(form.cpus);
    if (nano === null) put('cpus', `"${form.cpus}" is not a number of CPUs (e.g. 0.5, 2).`);
    else if (nano < 10_000_000) put('cpus', 'At least 0.01 CPUs.');
    else if (nano > 1024e9) put('cpus', 'At most 1024 CPUs.');
  }
  for (const field of ['capAdd', 'capDrop'] as const) {
    const bad = capabilityWords(form[field]).find((cap) => !CAPABILITY.test(cap.toUpperCase()));
    if (bad !== undefined) put(field, `"${bad}" is not a capability name (e.g. NET_ADMIN).`);
    else put(field, textProblem(form[field], 2048, 'capability list'));
  }
  if (form.hostname !== '') {
    if (!HOSTNAME.test(form.hostname) || form.hostname.length > 253)
      put('hostname', 'A hostname is letters, digits, - and dots.');
    else if (form.network === 'host') put('hostname', 'The host network uses the host’s hostname.');
  }
  const hostLines = lines(form.extraHosts);
  if (hostLines.length > 100) put('extraHosts', 'At most 100 extra hosts.');
  for (const line of hostLines) {
    const parsed = parseExtraHost(line);
    if (!parsed.ok) {
      put('extraHosts', parsed.message);
      break;
    }
    // Stricter than the CLI, which takes any name without ":": the name becomes a line of
    // /etc/hosts, where a blank would split it into two names and "#" would start a comment.
    if (/[\s#]/.test(parsed.host)) {
      put('extraHosts', `"${parsed.host}": a blank or "#" in the name would break its line in /etc/hosts.`);
      break;
    }
  }
  advancedProblems(form, put);
  const size = formSizeProblem(form);
  if (size) errors[size.path] = size.message;
  return errors;
};

/** The form's JSON, with the request around it (`{"form":…}`, a ref for Edit), must fit one message. */
export const MAX_FORM_BYTES = MAX_PAYLOAD_BYTES;

const SIZE_OWNERS: Readonly<Record<string, string>> = {
  env: 'the environment variables take',
  labels: 'the labels take',
  mounts: 'the volumes take',
  ports: 'the ports take',
};

/**
 * Every field may be within its own bound while the whole is too big to send (500 variables of
 * 32 KB are 16 MB). The message goes to the field that takes the most room, so the person knows
 * what to shorten; lists get it as a whole (`env`), text fields on themselves.
 */
export const formSizeProblem = (form: RunForm): { path: string; message: string } | null => {
  const total = encodedBytes(form);
  if (total <= MAX_FORM_BYTES) return null;
  let biggest: [string, number] = ['env', 0];
  for (const [key, value] of Object.entries(form)) {
    const bytes = encodedBytes(value);
    if (bytes > biggest[1]) biggest = [key, bytes];
  }
  const [path, bytes] = biggest;
  const owner = SIZE_OWNERS[path] ?? 'this field takes';
  return {
    path,
    message: `The form is too large to send (${formatKiB(total)}; at most ${formatKiB(MAX_FORM_BYTES)}): ${owner} ${formatKiB(bytes)}.`,
  };
};

export const isValid = (errors: FieldErrors): boolean => Object.keys(errors).length === 0;
