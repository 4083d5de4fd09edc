import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { BerthError } from '../errors/berth-error.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** The docker CLI's config folder: `$DOCKER_CONFIG`, else `~/.docker`. */
export const dockerConfigDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.DOCKER_CONFIG?.trim() ? env.DOCKER_CONFIG : join(homedir(), '.docker');

export type ConfigDocument = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** config.json as a plain object, so keys Berth does not know survive a rewrite; none → {}. */
export const readDockerConfig = async (dir: string): Promise<ConfigDocument> => {
  let text: string;
  try {
    text = await readFile(join(dir, 'config.json'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new BerthError(
      'INTERNAL',
      worded('dockerConfigUnreadable', { path: join(dir, 'config.json'), detail: (err as Error).message }),
    );
  }
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BerthError('VALIDATION', worded('dockerConfigNotJson', { path: join(dir, 'config.json') }));
  }
  if (!isObject(parsed)) {
    throw new BerthError('VALIDATION', worded('dockerConfigNotObject', { path: join(dir, 'config.json') }));
  }
  return parsed;
};

/**
 * Writes config.json as the CLI does: a temporary file beside it (mode 0600, since it may hold
 * credentials) renamed over the old one, so a crash never leaves half a file.
 */
export const writeDockerConfig = async (dir: string, config: ConfigDocument): Promise<void> => {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, 'config.json');
  const temp = join(dir, `.config.json.${process.pid}.${Date.now()}.tmp`);
  await writeFile(temp, `${JSON.stringify(config, null, '\t')}\n`, { mode: 0o600 });
  await chmod(temp, 0o600);
  await rename(temp, target);
};

export const objectAt = (config: ConfigDocument, key: string): Record<string, unknown> => {
  const value = config[key];
  return isObject(value) ? value : {};
};

export const stringAt = (config: Record<string, unknown>, key: string): string | null => {
  const value = config[key];
  return typeof value === 'string' && value ? value : null;
};
