/**
 * Image references as docker's reference parser (distribution/reference) reads them, for the
 * tags a build applies: `[registry[:port]/]path[:tag]`, no digest.
 */
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[_.]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';

const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?$`);
const ANCHORED_HEX64 = /^[a-f0-9]{64}$/;

/** The longest repository name the parser accepts. */
export const NAME_TOTAL_LENGTH_MAX = 255;

export interface ParsedTag {
  /** As given, e.g. `127.0.0.1:5000/app`. */
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
  const match = REFERENCE.exec(input);
  if (!match) {
    if (REFERENCE.test(input.toLowerCase())) {
      return { ok: false, message: `invalid reference format: repository name (${input}) must be lowercase` };
    }
    return { ok: false, message: `invalid reference format: ${input}` };
  }
  const repository = match[1] ?? '';
  if (repository.length > NAME_TOTAL_LENGTH_MAX) {
    return {
      ok: false,
      message: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`,
    };
  }
  if (ANCHORED_HEX64.test(repository)) {
    return {
      ok: false,
      message: `invalid repository name (${repository}), cannot specify 64-byte hexadecimal strings`,
    };
  }
  return { ok: true, value: { repository, tag: match[2] ?? 'latest' } };
};

export const isValidImageTag = (raw: string): boolean => checkImageTag(raw).ok;
