import type { RegistryEntry } from '../../../shared/contract/images.js';
import { authKeyFor, registryHostOf } from '../../../shared/images/reference.js';
import { helperErase, helperGet, helperStore, type HelperCall } from './credential-helper.js';
import {
  dockerConfigDir,
  objectAt,
  readDockerConfig,
  stringAt,
  writeDockerConfig,
  type ConfigDocument,
} from './docker-config.js';

/** What the engine needs in X-Registry-Auth; a password or an identity token, never both. */
export interface RegistryCredentials {
  readonly serverAddress: string;
  readonly username: string;
  readonly password?: string;
  readonly identityToken?: string;
}

export interface CredentialStoreOptions {
  /** The docker CLI config folder; defaults to `$DOCKER_CONFIG` or `~/.docker`, read per call. */
  readonly configDir?: () => string;
  /** Environment for the helpers (their PATH); defaults to the backend's, read per call. */
  readonly env?: () => NodeJS.ProcessEnv;
}

/** The CLI's marker for an identity token stored in a helper. */
const TOKEN_USER = '<token>';

const decodeAuth = (auth: string): { username: string; password: string } | null => {
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon <= 0 ? null : { username: text.slice(0, colon), password: text.slice(colon + 1) };
};

/**
 * Registry credentials where the docker CLI keeps them, looked up in the CLI's order for a
 * registry: `credHelpers[key]`, then `credsStore`, then `auths[key]` (base64 user:pass or an
 * identity token). Docker Hub's key is `https://index.docker.io/v1/`; other registries use their
 * host. Legacy `auths` keys (`https://host/v2/`, `docker.io`) are matched by host as the CLI does.
 * Electron's safeStorage is not needed: the CLI has a place for every credential.
 */
export class CredentialStore {
  private readonly dir: () => string;
  private readonly env: () => NodeJS.ProcessEnv;

  constructor(options: CredentialStoreOptions = {}) {
    this.dir = options.configDir ?? (() => dockerConfigDir());
    this.env = options.env ?? (() => process.env);
  }

  /** The helper the CLI would use for this registry, if any. */
  helperFor(
    config: ConfigDocument,
    registry: string,
  ): { name: string; source: 'credHelpers' | 'credsStore' } | null {
    const key = authKeyFor(registry);
    const helpers = objectAt(config, 'credHelpers');
    const named = stringAt(helpers, key) ?? (key === registry ? null : stringAt(helpers, registry));
    if (named) return { name: named, source: 'credHelpers' };
    const store = stringAt(config, 'credsStore');
    return store ? { name: store, source: 'credsStore' } : null;
  }

  /** `call`: cancels a helper that is being asked, and hears which one (for progress text). */
  async get(registry: string, call?: HelperCall): Promise<RegistryCredentials | null> {
    const config = await readDockerConfig(this.dir());
    const key = authKeyFor(registry);
    const helper = this.helperFor(config, registry);
    if (helper) {
      const found = await helperGet(helper.name, key, this.env(), call);
      if (!found) return null;
      return found.Username === TOKEN_USER
        ? { serverAddress: key, username: '', identityToken: found.Secret }
        : { serverAddress: key, username: found.Username, password: found.Secret };
    }
    const entry = this.authEntry(config, registry);
    if (!entry) return null;
    const token = stringAt(entry.value, 'identitytoken');
    const auth = stringAt(entry.value, 'auth');
    const decoded = auth ? decodeAuth(auth) : null;
    const username = decoded?.username ?? stringAt(entry.value, 'username') ?? '';
    if (token) return { serverAddress: key, username, identityToken: token };
    const password = decoded?.password ?? stringAt(entry.value, 'password');
    return password ? { serverAddress: key, username, password } : null;
  }

  /** Stores where the CLI would; answers with where that is (a helper's binary or config.json). */
  async store(
    registry: string,
    credentials: Omit<RegistryCredentials, 'serverAddress'>,
    call?: HelperCall,
  ): Promise<string> {
    const dir = this.dir();
    const config = await readDockerConfig(dir);
    const key = authKeyFor(registry);
    const helper = this.helperFor(config, registry);
    const auths = { ...objectAt(config, 'auths') };
    if (helper) {
      await helperStore(
        helper.name,
        credentials.identityToken
          ? { ServerURL: key, Username: TOKEN_USER, Secret: credentials.identityToken }
          : { ServerURL: key, Username: credentials.username, Secret: credentials.password ?? '' },
        this.env(),
        call,
      );
      // As the CLI does: the file keeps an empty entry, so `docker login` history stays visible.
      auths[key] = {};
      await writeDockerConfig(dir, { ...config, auths });
      return `docker-credential-${helper.name}`;
    }
    auths[key] = credentials.identityToken
      ? { auth: '', identitytoken: credentials.identityToken }
      : {
          auth: Buffer.from(`${credentials.username}:${credentials.password ?? ''}`, 'utf8').toString(
            'base64',
          ),
        };
    await writeDockerConfig(dir, { ...config, auths });
    return 'config.json';
  }

  /** Erases from the helper (if one is configured) and from `auths`; true when anything went. */
  async erase(registry: string): Promise<boolean> {
    const dir = this.dir();
    const config = await readDockerConfig(dir);
    const key = authKeyFor(registry);
    const helper = this.helperFor(config, registry);
    let removed = false;
    if (helper) removed = await helperErase(helper.name, key, this.env());
    const auths = Object.fromEntries(
      Object.entries(objectAt(config, 'auths')).filter(
        ([name]) => name !== key && registryHostOf(name) !== registryHostOf(key),
      ),
    );
    if (Object.keys(auths).length < Object.keys(objectAt(config, 'auths')).length) removed = true;
    if (Object.hasOwn(config, 'auths')) await writeDockerConfig(dir, { ...config, auths });
    return removed;
  }

  /** Registries with credentials configured, without asking any helper for secrets. */
  async list(): Promise<readonly RegistryEntry[]> {
    const config = await readDockerConfig(this.dir());
    const entries = new Map<string, RegistryEntry>();
    const store = stringAt(config, 'credsStore');
    for (const name of Object.keys(objectAt(config, 'auths'))) {
      const registry = registryHostOf(name);
      entries.set(registry, {
        registry,
        source: store ? 'credsStore' : 'auths',
        helper: store,
      });
    }
    for (const [name, helper] of Object.entries(objectAt(config, 'credHelpers'))) {
      if (typeof helper !== 'string') continue;
      const registry = registryHostOf(name);
      entries.set(registry, { registry, source: 'credHelpers', helper });
    }
    return [...entries.values()].sort((a, b) => a.registry.localeCompare(b.registry));
  }

  private authEntry(config: ConfigDocument, registry: string): { value: Record<string, unknown> } | null {
    const auths = objectAt(config, 'auths');
    const key = authKeyFor(registry);
    const exact = auths[key];
    if (typeof exact === 'object' && exact !== null) return { value: exact as Record<string, unknown> };
    for (const [name, value] of Object.entries(auths)) {
      if (registryHostOf(name) === registry && typeof value === 'object' && value !== null) {
        return { value: value as Record<string, unknown> };
      }
    }
    return null;
  }
}

/** The value of X-Registry-Auth (dockerode base64-encodes it); `{}` when there are none. */
export const engineAuth = (credentials: RegistryCredentials | null): Record<string, string> => {
  if (!credentials) return {};
  if (credentials.identityToken) {
    return { identitytoken: credentials.identityToken, serveraddress: credentials.serverAddress };
  }
  return {
    username: credentials.username,
    password: credentials.password ?? '',
    serveraddress: credentials.serverAddress,
  };
};
