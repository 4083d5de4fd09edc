import { familiarName, parseReference } from '../images/reference.js';

/**
 * A `-t` value for a build: the same reference parser as pull, run, tag and push
 * (shared/images/reference.ts), worded as the CLI words its build errors. A digest is refused:
 * the engine cannot tag an image with one.
 */

/** The longest repository path the parser accepts. */
export const NAME_TOTAL_LENGTH_MAX = 255;

export interface ParsedTag {
  /** As the CLI prints it, e.g. `127.0.0.1:5000/app`. */
  readonly repository: string;
  /** `latest` when none was given, as the CLI does. */
  readonly tag: string;
}

export type TagCheck =
  { readonly ok: true; readonly value: ParsedTag } | { readonly ok: false; readonly message: string };

/** Checks one `-t` value; the messages are the parser's own where it has one. */
export const checkImageTag = (raw: string): TagCheck => {
  const input = raw.trim();
  if (input === '') return { ok: false, message: 'A tag cannot be empty.' };
  if (input.includes('@'))
    return { ok: false, message: `${input}: a build tags by name; a digest is not allowed.` };
  const parsed = parseReference(input);
  if (!parsed.ok) {
    switch (parsed.kind) {
      case 'uppercase':
        return {
          ok: false,
          message: `invalid reference format: repository name (${input}) must be lowercase`,
        };
      case 'too-long':
        return {
          ok: false,
          message: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`,
        };
      case 'hex-id':
        return {
          ok: false,
          message: `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`,
        };
      default:
        return { ok: false, message: `invalid reference format: ${input}` };
    }
  }
  const { registry, path, tag } = parsed.reference;
  return { ok: true, value: { repository: familiarName(registry, path), tag: tag ?? 'latest' } };
};

export const isValidImageTag = (raw: string): boolean => checkImageTag(raw).ok;
