import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CredentialStore, engineAuth } from './credential-store.js';

/**
 * A helper speaking the CLI's protocol (action in argv, request on stdin, answer on stdout),
 * recording each call so the test can check exactly what it received.
 */
const HELPER = `#!/bin/sh
input=$(cat)
printf '%s %s\\n' "$1" "$input" >> "$HELPER_DIR/calls.log"
case "$1" in
  store) printf '%s' "$input" > "$HELPER_DIR/stored.json" ;;
  get)
    if [ -f "$HELPER_DIR/stored.json" ]; then
      cat "$HELPER_DIR/stored.json"
    else
      echo "credentials not found in native keychain"; exit 1
    fi ;;
  erase)
    if [ -f "$HELPER_DIR/stored.json" ]; then rm "$HELPER_DIR/stored.json"
    else echo "credentials not found in native keychain"; exit 1; fi ;;
esac
`;

describe('CredentialStore (the docker CLI’s config.json and helpers)', () => {
  let dir: string;
  let bin: string;
  let store: CredentialStore;
  const env = (): NodeJS.ProcessEnv => ({
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    HELPER_DIR: dir,
  });
  const writeConfig = (config: unknown): Promise<void> =>
    writeFile(join(dir, 'config.json'), JSON.stringify(config));
  const readConfig = async (): Promise<Record<string, unknown>> =>
    JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
  const calls = async (): Promise<string[]> =>
    (await readFile(join(dir, 'calls.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-creds-'));
    bin = join(dir, 'bin');
    await import('node:fs/promises').then((fs) => fs.mkdir(bin));
    await writeFile(join(bin, 'docker-credential-berthtest'), HELPER);
    await chmod(join(bin, 'docker-credential-berthtest'), 0o755);
    store = new CredentialStore({ configDir: () => dir, env });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has nothing without a config file, and writes auths with mode 0600 keeping other keys', async () => {
    expect(await store.get('127.0.0.1:5000')).toBeNull();
    await writeConfig({
      detachKeys: 'ctrl-x',
      auths: { 'other:1': { auth: 'YTpi' } },
      proxies: { default: {} },
    });
    expect(await store.store('127.0.0.1:5000', { username: 'u', password: 'p:w' })).toBe('config.json');
    const config = await readConfig();
    expect(config).toEqual({
      detachKeys: 'ctrl-x',
      proxies: { default: {} },
      auths: {
        'other:1': { auth: 'YTpi' },
        '127.0.0.1:5000': { auth: Buffer.from('u:p:w').toString('base64') },
      },
    });
    expect((await stat(join(dir, 'config.json'))).mode & 0o777).toBe(0o600);
    expect(await store.get('127.0.0.1:5000')).toEqual({
      serverAddress: '127.0.0.1:5000',
      username: 'u',
      password: 'p:w',
    });
  });

  it('finds Docker Hub under the CLI’s key and legacy keys by host', async () => {
    await writeConfig({
      auths: {
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:secret').toString('base64') },
        'http://10.0.0.1:5000/v2/': { auth: Buffer.from('old:pw').toString('base64') },
        'tok.example': { auth: '', identitytoken: 'tkn' },
      },
    });
    expect(await store.get('docker.io')).toMatchObject({
      serverAddress: 'https://index.docker.io/v1/',
      username: 'hub',
    });
    expect(await store.get('10.0.0.1:5000')).toMatchObject({ username: 'old', password: 'pw' });
    const token = await store.get('tok.example');
    expect(token).toEqual({ serverAddress: 'tok.example', username: '', identityToken: 'tkn' });
    expect(engineAuth(token)).toEqual({ identitytoken: 'tkn', serveraddress: 'tok.example' });
    expect(engineAuth(null)).toEqual({});
  });

  it('uses credHelpers[host] before credsStore before auths, with the CLI’s helper protocol', async () => {
    await writeConfig({
      credHelpers: { 'reg.example:5000': 'berthtest' },
      credsStore: 'not-installed-anywhere',
      auths: { 'reg.example:5000': { auth: Buffer.from('file:pw').toString('base64') } },
    });
    expect(await store.get('reg.example:5000')).toBeNull();
    expect(await store.store('reg.example:5000', { username: 'u', password: 's3cret' })).toBe(
      'docker-credential-berthtest',
    );
    expect(await store.get('reg.example:5000')).toEqual({
      serverAddress: 'reg.example:5000',
      username: 'u',
      password: 's3cret',
    });
    // As the CLI does: the secret lives in the helper, config.json keeps an empty entry.
    expect((await readConfig()).auths).toEqual({ 'reg.example:5000': {} });
    expect(await store.erase('reg.example:5000')).toBe(true);
    expect(await store.get('reg.example:5000')).toBeNull();
    expect(await calls()).toEqual([
      'get reg.example:5000',
      'store {"ServerURL":"reg.example:5000","Username":"u","Secret":"s3cret"}',
      'get reg.example:5000',
      'erase reg.example:5000',
      'get reg.example:5000',
    ]);
  });

  it('uses credsStore for a registry without its own helper, and Hub’s key there', async () => {
    await writeConfig({ credsStore: 'berthtest' });
    await store.store('docker.io', { username: 'hub', password: 'pw' });
    expect(await calls()).toEqual([
      'store {"ServerURL":"https://index.docker.io/v1/","Username":"hub","Secret":"pw"}',
    ]);
    expect(await store.list()).toEqual([
      { registry: 'docker.io', source: 'credsStore', helper: 'berthtest' },
    ]);
  });

  it('names a configured helper that is missing', async () => {
    await writeConfig({ credHelpers: { 'reg.example:5000': 'nosuchhelper' } });
    await expect(store.get('reg.example:5000')).rejects.toThrow(
      /docker-credential-nosuchhelper .*not found on PATH/,
    );
    await expect(store.store('reg.example:5000', { username: 'u', password: 'p' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a helper name that could be a path, and a config that is not JSON', async () => {
    await writeConfig({ credsStore: '../../bin/sh' });
    await expect(store.get('x.example')).rejects.toMatchObject({ code: 'VALIDATION' });
    await writeFile(join(dir, 'config.json'), '{ not json');
    await expect(store.get('x.example')).rejects.toThrow(/not valid JSON/);
  });
});
