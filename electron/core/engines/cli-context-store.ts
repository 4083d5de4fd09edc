import { X509Certificate, createPrivateKey, randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { BerthError } from '../errors/berth-error.js';
import {
  contextId,
  readContextEndpoint,
  readContextTls,
  readCurrentContext,
  type StoreAccess,
} from '../engine/docker-context-store.js';
import { HostSyntaxError, parseContextHost } from '../engine/docker-host.js';
import { nodeResolveEnv } from '../engine/endpoint.js';
import type { CliContext, ContextStoreSnapshot } from '../../../shared/contract/channels/engines.js';
import { worded } from '../../../shared/contract/error-texts.js';

export type { CliContext, ContextStoreSnapshot };

/** `store.ValidateContextName` in the CLI: at least two characters, and "default" is the virtual context. */
export const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/;

/** PEM text, as a user picked the files; written to the store as the CLI writes them. */
export interface TlsFiles {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
}

export interface DockerEndpointSpec {
  readonly host: string;
  readonly skipTlsVerify?: boolean;
  /** Omitted or null: no TLS directory (plain TCP, or a socket/ssh endpoint). */
  readonly tls?: TlsFiles | null;
}

export interface CreateContextSpec {
  readonly name: string;
  readonly description?: string;
  readonly docker: DockerEndpointSpec;
}

/** Like `docker context update`: a given docker endpoint replaces the old one and its TLS files wholesale. */
export interface UpdateContextSpec {
  readonly description?: string;
  readonly docker?: DockerEndpointSpec;
}

/** `$DOCKER_CONFIG`, else `~/.docker`: where the CLI keeps config.json and its context store. */
export const cliConfigDir = (
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = homedir(),
): string => env['DOCKER_CONFIG'] || join(home, '.docker');

/**
 * The docker CLI's own context store, read and written byte-compatibly with `docker context create/update/rm/use`,
 * so what Berth creates shows in `docker context ls` and the other way round.
 */
export class CliContextStore {
  constructor(readonly configDir: string) {}

  list(): ContextStoreSnapshot {
    let current = '';
    let currentError: string | undefined;
    try {
      current = readCurrentContext(this.access(''), this.configDir);
    } catch (err) {
      currentError = messageOf(err);
    }
    const metaRoot = join(this.configDir, 'contexts', 'meta');
    const contexts = listDirs(metaRoot)
      .map((dir) => this.readOne(join(metaRoot, dir, 'meta.json'), dir))
      .filter((c): c is CliContext => c !== undefined)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { configDir: this.configDir, current, ...(currentError ? { currentError } : {}), contexts };
  }

  get(name: string): CliContext | undefined {
    if (!CONTEXT_NAME.test(name) || name === 'default') return undefined;
    return this.readOne(this.metaFile(name), contextId(name));
  }

  create(spec: CreateContextSpec): void {
    validateName(spec.name);
    if (existsSync(this.metaFile(spec.name))) {
      throw new BerthError('CONFLICT', worded('contextExists', { name: spec.name }));
    }
    const tls = checkEndpoint(spec.docker);
    const metadata = spec.description ? { Description: spec.description } : {};
    this.write(spec.name, { Name: spec.name, Metadata: metadata, Endpoints: {} }, spec.docker, tls);
  }

  update(name: string, spec: UpdateContextSpec): void {
    validateName(name);
    const meta = this.readMetaObject(name);
    const metadata = { ...asObject(meta['Metadata']) };
    if (spec.description !== undefined) {
      // The CLI's Metadata has `Description string json:",omitempty"`: an empty one disappears.
      if (spec.description) metadata['Description'] = spec.description;
      else delete metadata['Description'];
    }
    const next = { ...meta, Metadata: metadata };
    if (spec.docker === undefined) {
      atomicWrite(this.metaFile(name), JSON.stringify(next), 0o644);
      return;
    }
    this.write(name, next, spec.docker, checkEndpoint(spec.docker));
  }

  /** Refuses the current context unless `force`, which also resets `currentContext`, as `docker context rm -f`. */
  remove(name: string, options: { readonly force?: boolean } = {}): void {
    validateName(name);
    this.readMetaObject(name);
    if (this.list().current === name) {
      if (!options.force) {
        throw new BerthError('CONFLICT', worded('contextInUse', { name }));
      }
      this.use('default');
    }
    rmSync(join(this.configDir, 'contexts', 'meta', contextId(name)), { recursive: true, force: true });
    rmSync(join(this.configDir, 'contexts', 'tls', contextId(name)), { recursive: true, force: true });
  }

  /** `docker context use`: sets (or, for "default", removes) `currentContext`, keeping every other key. */
  use(name: string): void {
    if (name !== 'default') {
      validateName(name);
      this.readMetaObject(name);
    }
    const file = join(this.configDir, 'config.json');
    // The CLI saves through symlinks (a config.json managed by dotfiles stays a link).
    const target = existsSync(file) ? realpathSync(file) : file;
    const text = existsSync(target) ? readFileSync(target, 'utf8') : '';
    let config: Record<string, unknown> = {};
    if (text.trim() !== '') {
      try {
        config = asObject(JSON.parse(text) as unknown, `${file} is not a JSON object`);
      } catch (err) {
        throw new BerthError(
          'VALIDATION',
          worded('configNotJsonUnchanged', { file, detail: messageOf(err) }),
        );
      }
    }
    if (name === 'default') delete config['currentContext'];
    else config['currentContext'] = name;
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    const mode = existsSync(target) ? statSync(target).mode & 0o777 : 0o600;
    atomicWrite(target, JSON.stringify(config, null, '\t'), mode);
  }

  private metaFile(name: string): string {
    return join(this.configDir, 'contexts', 'meta', contextId(name), 'meta.json');
  }

  private readMetaObject(name: string): Record<string, unknown> {
    const file = this.metaFile(name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new BerthError('NOT_FOUND', worded('contextNotExists', { name, file }));
    }
    try {
      return asObject(JSON.parse(text) as unknown, 'not a JSON object');
    } catch (err) {
      throw new BerthError('VALIDATION', worded('contextMalformed', { file, detail: messageOf(err) }));
    }
  }

  private write(
    name: string,
    meta: Record<string, unknown>,
    docker: DockerEndpointSpec,
    tls: TlsFiles | null,
  ): void {
    const skip = docker.skipTlsVerify ?? false;
    const endpoints = { ...asObject(meta['Endpoints']), docker: { Host: docker.host, SkipTLSVerify: skip } };
    const id = contextId(name);
    const metaDir = join(this.configDir, 'contexts', 'meta', id);
    mkdirSync(metaDir, { recursive: true, mode: 0o755 });
    const tlsRoot = join(this.configDir, 'contexts', 'tls', id);
    rmSync(tlsRoot, { recursive: true, force: true });
    if (tls !== null) {
      const dir = join(tlsRoot, 'docker');
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      for (const file of ['ca', 'cert', 'key'] as const) {
        const pem = tls[file];
        if (pem !== undefined) atomicWrite(join(dir, `${file}.pem`), pem, 0o600);
      }
    }
    atomicWrite(join(metaDir, 'meta.json'), JSON.stringify({ ...meta, Endpoints: endpoints }), 0o644);
  }

  private readOne(file: string, dirName: string): CliContext | undefined {
    let raw: unknown;
    try {
      const text = readFileSync(file, 'utf8');
      raw = JSON.parse(text) as unknown;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      return broken(dirName, `${file}: ${messageOf(err)}`);
    }
    const meta = asObject(raw);
    const name = typeof meta['Name'] === 'string' ? meta['Name'] : '';
    if (!name || contextId(name) !== dirName) {
      return broken(name || dirName, `${file} does not belong to its directory`);
    }
    const description = asObject(meta['Metadata'])['Description'];
    const base = { name, description: typeof description === 'string' ? description : '' };
    try {
      const endpoint = readContextEndpoint(this.access(`context "${name}": `), this.configDir, name);
      if (endpoint === undefined) return undefined;
      const tls = readContextTls(this.access(''), this.configDir, name, false);
      return {
        ...base,
        host: endpoint.host,
        skipTlsVerify: endpoint.skipTlsVerify,
        tls: {
          on: tls !== null || endpoint.skipTlsVerify,
          ca: tls?.ca !== undefined,
          cert: tls?.cert !== undefined,
          key: tls?.key !== undefined,
        },
      };
    } catch (err) {
      return { ...broken(name, messageOf(err)), ...base };
    }
  }

  private access(prefix: string): StoreAccess {
    return {
      // Absent is undefined (the CLI's "no such context"); any other read failure is the context's error.
      read: nodeResolveEnv().readFile,
      exists: existsSync,
      join,
      fail: (message) => {
        throw new Error(prefix + message);
      },
    };
  }
}

function broken(name: string, error: string): CliContext {
  return {
    name,
    description: '',
    host: '',
    skipTlsVerify: false,
    tls: { on: false, ca: false, cert: false, key: false },
    error,
  };
}

function validateName(name: string): void {
  if (name === 'default') {
    throw new BerthError('VALIDATION', worded('contextDefaultBuiltIn'));
  }
  if (!CONTEXT_NAME.test(name)) {
    throw new BerthError('VALIDATION', worded('contextNameInvalid', { name }));
  }
}

/** What `docker context create --docker host=…,ca=…` checks before writing anything. */
function checkEndpoint(docker: DockerEndpointSpec): TlsFiles | null {
  try {
    parseContextHost(docker.host, docker.tls != null, 'linux');
  } catch (err) {
    if (!(err instanceof HostSyntaxError)) throw err;
    const invalid = worded('dockerHostInvalid', { host: docker.host, detail: err.message });
    // The field keeps the parser's own words in English; in another language it says the whole sentence.
    throw new BerthError('VALIDATION', invalid, [
      { path: 'docker.host', message: err.message, text: invalid.text },
    ]);
  }
  const tls = docker.tls ?? null;
  if (tls === null) return null;
  if ((tls.cert === undefined) !== (tls.key === undefined)) {
    throw new BerthError('VALIDATION', worded('certKeyPair'));
  }
  const pem = (
    field: keyof TlsFiles,
    key: 'caNotPem' | 'certNotPem' | 'keyNotPem',
    parse: (text: string) => unknown,
  ): void => {
    const text = tls[field];
    if (text === undefined) return;
    try {
      parse(text);
    } catch (err) {
      const invalid = worded(key, { detail: messageOf(err) });
      // The field keeps OpenSSL's own words in English; in another language it says the whole sentence.
      throw new BerthError('VALIDATION', invalid, [
        { path: `docker.tls.${field}`, message: messageOf(err), text: invalid.text },
      ]);
    }
  };
  pem('ca', 'caNotPem', (text) => new X509Certificate(text));
  pem('cert', 'certNotPem', (text) => new X509Certificate(text));
  pem('key', 'keyNotPem', (text) => createPrivateKey(text));
  return tls;
}

/** Temp file plus rename, as the CLI's AtomicWriteFile: a reader (or a watcher) never sees half a file. */
function atomicWrite(file: string, data: string, mode: number): void {
  const temp = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data, { mode });
    chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

function listDirs(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return [];
  }
}

function asObject(value: unknown, reject?: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  if (reject !== undefined) throw new Error(reject);
  return {};
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
