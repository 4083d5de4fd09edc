/**
 * Paths inside a container (or a volume) as Berth sends them to the archive API. The engine
 * resolves them inside the container's root, but Berth still refuses anything that is not a
 * plain absolute path, so what the user sees is exactly what is read or written.
 */
export const MAX_PATH_LENGTH = 4096;
export const MAX_NAME_BYTES = 255;

/** Why `path` is not a normalised absolute path, or null when it is one. */
export const containerPathProblem = (path: string): string | null => {
  if (path.length === 0) return 'must not be empty';
  if (path.length > MAX_PATH_LENGTH) return `must be at most ${MAX_PATH_LENGTH} characters`;
  if (path.includes('\0')) return 'must not contain NUL bytes';
  if (!path.startsWith('/')) return 'must be absolute (start with /)';
  if (path === '/') return null;
  if (path.endsWith('/')) return 'must not end with /';
  for (const part of path.slice(1).split('/')) {
    if (part === '') return 'must not contain //';
    if (part === '.' || part === '..') return 'must not contain . or .. segments';
    if (utf8Length(part) > MAX_NAME_BYTES) return `names must be at most ${MAX_NAME_BYTES} bytes`;
  }
  return null;
};

export const isContainerPath = (path: string): boolean => containerPathProblem(path) === null;

/** Why `name` cannot be one file name (no `/`, no `.`/`..`, no NUL), or null. */
export const entryNameProblem = (name: string): string | null => {
  if (name.length === 0) return 'must not be empty';
  if (name.includes('/')) return 'must not contain /';
  if (name.includes('\0')) return 'must not contain NUL bytes';
  if (name === '.' || name === '..') return 'must not be . or ..';
  if (utf8Length(name) > MAX_NAME_BYTES) return `must be at most ${MAX_NAME_BYTES} bytes`;
  return null;
};

export const joinPath = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);

/** The folder holding `path`; the root is its own parent. */
export const parentPath = (path: string): string => {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
};

/** The last segment (the root has none: ''). */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Each folder from the root down to `path`, for a breadcrumb. */
export const pathCrumbs = (path: string): readonly { readonly name: string; readonly path: string }[] => {
  const crumbs = [{ name: '/', path: '/' }];
  if (path === '/') return crumbs;
  let current = '';
  for (const part of path.slice(1).split('/')) {
    current = `${current}/${part}`;
    crumbs.push({ name: part, path: current });
  }
  return crumbs;
};

const utf8Length = (text: string): number => {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
};
