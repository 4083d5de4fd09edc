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
const MAX_REFERENCE_LENGTH = 512;

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?$`,
);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
const HEX64 = /^[a-f0-9]{64}$/;

export interface ImageReference {
  /** Registry host as written (`127.0.0.1:5000`), `docker.io` for Docker Hub. */
  readonly registry: string;
  /** Repository path inside the registry (`library/busybox`, `team/app`). */
  readonly path: string;
  readonly tag: string | null;
  readonly digest: string | null;
  /** `registry/path`, e.g. `docker.io/library/busybox`. */
  readonly name: string;
  /** The fully qualified reference the engine is asked for. */
  readonly canonical: string;
  /** How the CLI prints it: Docker Hub's `docker.io/` and `library/` left out. */
  readonly familiar: string;
}

export type ParseResult =
  | { readonly ok: true; readonly reference: ImageReference }
  | { readonly ok: false; readonly message: string };

const fail = (message: string): ParseResult => ({ ok: false, message });

/** The `docker.io`/`localhost`/`host:port` split of the CLI's splitDockerDomain. */
const splitDomain = (name: string): { registry: string; path: string } => {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  if (slash === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    return { registry: DEFAULT_REGISTRY, path: name };
  }
  return { registry: first === 'index.docker.io' ? DEFAULT_REGISTRY : first, path: name.slice(slash + 1) };
};

/** `docker.io/library/x` → `x`, `docker.io/u/x` → `u/x`; other registries stay as they are. */
export const familiarName = (registry: string, path: string): string => {
  if (registry !== DEFAULT_REGISTRY) return `${registry}/${path}`;
  return path.startsWith('library/') && path.indexOf('/', 'library/'.length) === -1
    ? path.slice('library/'.length)
    : path;
};

/** Parses what a person typed; `defaultTag` adds `latest` as `docker pull` does. */
export const parseReference = (input: string, options: { defaultTag?: boolean } = {}): ParseResult => {
  const text = input.trim();
  if (!text) return fail('Enter an image reference, e.g. busybox, team/app:1 or 127.0.0.1:5000/app:1.');
  if (text.length > MAX_REFERENCE_LENGTH) return fail('The reference is too long.');
  if (/\s/.test(text)) return fail('invalid reference format: a reference has no spaces.');
  if (HEX64.test(text)) {
    return fail('invalid repository name: cannot specify 64-byte hexadecimal strings (that is an image id).');
  }

  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest))
      return fail(`invalid reference format: "${digest}" is not a digest (sha256:<64 hex>).`);
    if (digest.startsWith('sha256:') && !SHA256_DIGEST.test(digest)) {
      return fail('invalid reference format: a sha256 digest has 64 lowercase hex digits.');
    }
  }
  let tag: string | null = null;
  // A colon after the last slash starts the tag; one before it belongs to a registry port.
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      return fail(
        `invalid reference format: tag "${tag}" may hold letters, digits, _ . - (at most 128, not starting with . or -).`,
      );
    }
  }
  if (!rest) return fail('invalid reference format: the repository name is missing.');
  if (rest.length > MAX_NAME_LENGTH)
    return fail('invalid reference format: repository name must not be longer than 255 characters.');

  const { registry, path } = splitDomain(rest);
  if (registry !== DEFAULT_REGISTRY && !DOMAIN.test(registry)) {
    return fail(`invalid reference format: "${registry}" is not a registry host.`);
  }
  if (!path) return fail('invalid reference format: the repository name is missing.');
  if (path.toLowerCase() !== path)
    return fail('invalid reference format: repository name must be lowercase.');
  for (const component of path.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      return fail(
        `invalid reference format: "${component}" is not a repository name part (lowercase letters and digits, separated by . _ __ or -).`,
      );
    }
  }
  const fullPath = registry === DEFAULT_REGISTRY && !path.includes('/') ? `library/${path}` : path;
  if (tag === null && digest === null && options.defaultTag !== false) tag = DEFAULT_TAG;
  const name = `${registry}/${fullPath}`;
  const suffix = `${tag === null ? '' : `:${tag}`}${digest === null ? '' : `@${digest}`}`;
  return {
    ok: true,
    reference: {
      registry,
      path: fullPath,
      tag,
      digest,
      name,
      canonical: `${name}${suffix}`,
      familiar: `${familiarName(registry, fullPath)}${suffix}`,
    },
  };
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
