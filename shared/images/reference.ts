/**
 * Image references parsed and normalised as the docker CLI does (distribution/reference's
 * ParseNormalizedNamed + TagNameOnly): `name[:tag][@digest]`, Docker Hub as the default
 * registry (`docker.io`, official images under `library/`), `latest` when neither a tag nor a
 * digest is given. Anything the CLI refuses is refused here with its reason.
 */

export const DEFAULT_REGISTRY = 'docker.io';
/** The key the docker CLI stores Docker Hub credentials under in config.json. */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
export const DEFAULT_TAG = 'latest';

const MAX_NAME_LENGTH = 255;

// distribution/reference's grammar, as Go's regexp reads it (JavaScript's leftmost-first
// alternation picks the same submatches).
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_AND_PORT = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT_SOURCE = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const REMOTE_NAME = `${PATH_COMPONENT_SOURCE}(?:/${PATH_COMPONENT_SOURCE})*`;
const TAG_SOURCE = '[\\w][\\w.-]{0,127}';
const DIGEST_SOURCE = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(
  `^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG_SOURCE}))?(?:@(${DIGEST_SOURCE}))?$`,
);
const ANCHORED_NAME = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
const DOMAIN = new RegExp(`^${DOMAIN_AND_PORT}$`);
const PATH_COMPONENT = new RegExp(`^${PATH_COMPONENT_SOURCE}$`);
const TAG = new RegExp(`^${TAG_SOURCE}$`);
const DIGEST = new RegExp(`^${DIGEST_SOURCE}$`);
const HEX64 = /^[a-f0-9]{64}$/;
/** The digest algorithms the reference parser validates; others are "unsupported". */
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64 };

export interface ImageReference {
  /** Registry host as written (`127.0.0.1:5000`), `docker.io` for Docker Hub. */
  readonly registry: string;
  /** Repository path inside the registry (`library/busybox`, `team/app`). */
  readonly path: string;
  /** The tag as written (kept beside a digest, where the digest decides what is used). */
  readonly tag: string | null;
  readonly digest: string | null;
  /** `registry/path`, e.g. `docker.io/library/busybox`. */
  readonly name: string;
  /**
   * The fully qualified reference the engine is asked for (ParseDockerRef): with a digest,
   * the digest alone, as the CLI sends it.
   */
  readonly canonical: string;
  /** How the CLI prints it: Docker Hub's `docker.io/` and `library/` left out. */
  readonly familiar: string;
}

/** Why a reference was refused, for callers that word their own message. */
export type ParseFailure = 'empty' | 'format' | 'uppercase' | 'too-long' | 'hex-id' | 'digest';

export type ParseResult =
  | { readonly ok: true; readonly reference: ImageReference }
  | { readonly ok: false; readonly message: string; readonly kind: ParseFailure };

const fail = (kind: ParseFailure, message: string): ParseResult => ({ ok: false, kind, message });

/**
 * The reference parser's splitDockerDomain: a first part is a registry when it is `localhost`,
 * holds a `.` or `:`, or has upper case; Docker Hub's legacy host becomes `docker.io`; a
 * single-part Docker Hub name gets `library/`.
 */
const splitDockerDomain = (name: string): { registry: string; remainder: string } => {
  const slash = name.indexOf('/');
  if (slash === -1) return { registry: DEFAULT_REGISTRY, remainder: `library/${name}` };
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let registry = DEFAULT_REGISTRY;
  let remainder = name;
  if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    registry = first === 'index.docker.io' ? DEFAULT_REGISTRY : first;
    remainder = rest;
  }
  if (registry === DEFAULT_REGISTRY && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { registry, remainder };
};

/** `docker.io/library/x` → `x`, `docker.io/u/x` → `u/x`; other registries stay as they are. */
export const familiarName = (registry: string, path: string): string => {
  if (registry !== DEFAULT_REGISTRY) return `${registry}/${path}`;
  return path.startsWith('library/') && path.indexOf('/', 'library/'.length) === -1
    ? path.slice('library/'.length)
    : path;
};

/** go-digest's Validate, with sha256 the one algorithm the reference parser has registered. */
const digestProblem = (digest: string): string | null => {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined)
    return `invalid reference format: unsupported digest algorithm "${algorithm}" (use sha256).`;
  if (encoded.length !== length)
    return `invalid reference format: a ${algorithm} digest has ${length} hex digits.`;
  if (!/^[a-f0-9]+$/.test(encoded))
    return `invalid reference format: a ${algorithm} digest has ${length} lowercase hex digits.`;
  return null;
};

/** The part the grammar refused, said in words (the parser itself only says "invalid format"). */
const explain = (registry: string, remainder: string): string => {
  let rest = remainder;
  const at = rest.indexOf('@');
  if (at !== -1) {
    const digest = rest.slice(at + 1);
    if (!DIGEST.test(digest))
      return `invalid reference format: "${digest}" is not a digest (sha256:<64 hex>).`;
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) {
      return `invalid reference format: tag "${tag}" may hold letters, digits, _ . - (at most 128, not starting with . or -).`;
    }
    rest = rest.slice(0, colon);
  }
  if (!DOMAIN.test(registry)) return `invalid reference format: "${registry}" is not a registry host.`;
  if (rest === '' || rest === 'library/') return 'invalid reference format: the repository name is missing.';
  for (const component of rest.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      return `invalid reference format: "${component}" is not a repository name part (lowercase letters and digits, separated by . _ __ or -).`;
    }
  }
  return 'invalid reference format.';
};

/**
 * Parses what a person typed (trimmed) as the CLI's ParseNormalizedNamed does, with its
 * verdicts; `defaultTag` adds `latest` as `docker pull` does (TagNameOnly).
 */
export const parseReference = (input: string, options: { defaultTag?: boolean } = {}): ParseResult => {
  const text = input.trim();
  if (!text)
    return fail('empty', 'Enter an image reference, e.g. busybox, team/app:1 or 127.0.0.1:5000/app:1.');
  if (/\s/.test(text)) return fail('format', 'invalid reference format: a reference has no spaces.');
  if (HEX64.test(text)) {
    return fail(
      'hex-id',
      'invalid repository name: cannot specify 64-byte hexadecimal strings (that is an image id).',
    );
  }
  const { registry: domain, remainder } = splitDockerDomain(text);
  const colon = remainder.indexOf(':');
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) {
    return fail('uppercase', 'invalid reference format: repository name must be lowercase.');
  }
  const full = `${domain}/${remainder}`;
  const match = REFERENCE.exec(full);
  if (!match) {
    if (REFERENCE.test(full.toLowerCase())) {
      return fail('uppercase', 'invalid reference format: repository name must be lowercase.');
    }
    return fail('format', explain(domain, remainder));
  }
  const fullName = match[1] ?? '';
  const nameMatch = ANCHORED_NAME.exec(fullName);
  const registryPart = nameMatch?.[1] ?? '';
  const path = nameMatch?.[2] ?? fullName;
  if (path.length > MAX_NAME_LENGTH) {
    return fail(
      'too-long',
      'invalid reference format: repository name is too long (longer than 255 characters).',
    );
  }
  const digest = match[3] ?? null;
  if (digest !== null) {
    const problem = digestProblem(digest);
    if (problem) return fail('digest', problem);
  }
  let tag = match[2] ?? null;
  if (tag === null && digest === null && options.defaultTag !== false) tag = DEFAULT_TAG;
  const registry = registryPart;
  const name = `${registry}/${path}`;
  // ParseDockerRef: a digest pins the image; a tag beside it is dropped.
  const suffix = digest !== null ? `@${digest}` : tag !== null ? `:${tag}` : '';
  return {
    ok: true,
    reference: {
      registry,
      path,
      tag,
      digest,
      name,
      canonical: `${name}${suffix}`,
      familiar: `${familiarName(registry, path)}${suffix}`,
    },
  };
};

/** What `docker run`/`create` accept as an image (ParseAnyReference): an id, or a reference. */
export type AnyReference =
  | { readonly ok: true; readonly kind: 'id'; readonly id: string }
  | { readonly ok: true; readonly kind: 'named'; readonly reference: ImageReference }
  | { readonly ok: false; readonly message: string; readonly kind: ParseFailure };

/**
 * ParseAnyReference: 64 hex digits or a valid `algorithm:hex` digest name an image by id;
 * anything else must be a reference (a short id such as `3f2a1b` is one: the engine resolves it).
 */
export const parseAnyReference = (input: string): AnyReference => {
  const text = input.trim();
  if (HEX64.test(text)) return { ok: true, kind: 'id', id: `sha256:${text}` };
  if (DIGEST.test(text) && digestProblem(text) === null) return { ok: true, kind: 'id', id: text };
  const parsed = parseReference(text, { defaultTag: false });
  return parsed.ok ? { ok: true, kind: 'named', reference: parsed.reference } : parsed;
};

/** The config.json key the CLI uses for a registry's credentials. */
export const authKeyFor = (registry: string): string =>
  registry === DEFAULT_REGISTRY ? DOCKER_HUB_AUTH_KEY : registry;

/**
 * The CLI's ConvertToHostname: `https://host:5000/v2/` → `host:5000`; Docker Hub's legacy
 * keys all mean `docker.io`.
 */
export const registryHostOf = (serverAddress: string): string => {
  const stripped = serverAddress.replace(/^https?:\/\//, '');
  const host = stripped.split('/', 1)[0] ?? '';
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? DEFAULT_REGISTRY : host;
};

/** A registry host a person typed for login: `docker.io`, `127.0.0.1:5000`, `https://r.example/`. */
export const parseRegistryHost = (
  input: string,
): { ok: true; host: string } | { ok: false; message: string } => {
  const text = input.trim();
  if (!text) return { ok: true, host: DEFAULT_REGISTRY };
  const host = registryHostOf(text);
  if (host === DEFAULT_REGISTRY) return { ok: true, host };
  if (host.length > MAX_NAME_LENGTH || !DOMAIN.test(host)) {
    return { ok: false, message: `"${text.slice(0, 80)}" is not a registry host (e.g. 127.0.0.1:5000).` };
  }
  return { ok: true, host };
};
