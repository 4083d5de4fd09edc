export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface TreeRow {
  /** Stable key: the JSON path, e.g. `$.Config.Env[0]`. */
  readonly path: string;
  readonly key: string;
  readonly depth: number;
  readonly kind: JsonKind;
  /** The value as text for leaves; `{3}` / `[2]` for containers. */
  readonly text: string;
  readonly expandable: boolean;
  readonly expanded: boolean;
}

const kindOf = (value: unknown): JsonKind => {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
      return 'object';
    case 'string':
      return 'string';
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'null';
  }
};

const childrenOf = (value: unknown): [string, string, unknown][] => {
  if (Array.isArray(value)) return value.map((v, i) => [`[${i}]`, String(i), v as unknown]);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).map(([k, v]) => [
      /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`,
      k,
      v as unknown,
    ]);
  return [];
};

const leafText = (value: unknown, kind: JsonKind): string => {
  if (kind === 'string') return JSON.stringify(value);
  if (kind === 'null') return 'null';
  return String(value);
};

const rowOf = (
  path: string,
  key: string,
  depth: number,
  value: unknown,
  expanded: ReadonlySet<string>,
): TreeRow => {
  const kind = kindOf(value);
  const size = childrenOf(value).length;
  const container = kind === 'object' || kind === 'array';
  return {
    path,
    key,
    depth,
    kind,
    text: container ? (kind === 'array' ? `[${size}]` : `{${size}}`) : leafText(value, kind),
    expandable: container && size > 0,
    expanded: container && size > 0 && expanded.has(path),
  };
};

/** The visible rows of the tree, depth-first, given which paths are expanded. The root is `$`. */
export const flattenTree = (root: unknown, expanded: ReadonlySet<string>): TreeRow[] => {
  const out: TreeRow[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    for (const [suffix, key, child] of childrenOf(value)) {
      const childPath = path + suffix;
      const row = rowOf(childPath, key, depth, child, expanded);
      out.push(row);
      if (row.expanded) walk(child, childPath, depth + 1);
    }
  };
  walk(root, '$', 0);
  return out;
};

export interface TreeSearch {
  /** Paths whose key or leaf value contains the query. */
  readonly matches: ReadonlySet<string>;
  /** Every ancestor of a match, to expand so the matches show. */
  readonly ancestors: ReadonlySet<string>;
}

/** Case-insensitive search over keys and leaf values; bounded so a huge document cannot stall. */
export const searchTree = (root: unknown, query: string, limit = 500): TreeSearch => {
  const matches = new Set<string>();
  const ancestors = new Set<string>();
  const needle = query.trim().toLowerCase();
  if (needle === '') return { matches, ancestors };
  const walk = (value: unknown, path: string, parents: readonly string[]): void => {
    for (const [suffix, key, child] of childrenOf(value)) {
      if (matches.size >= limit) return;
      const childPath = path + suffix;
      const kind = kindOf(child);
      const leaf = kind !== 'object' && kind !== 'array';
      if (
        key.toLowerCase().includes(needle) ||
        (leaf && leafText(child, kind).toLowerCase().includes(needle))
      ) {
        matches.add(childPath);
        for (const p of parents) ancestors.add(p);
      }
      if (!leaf) walk(child, childPath, [...parents, childPath]);
    }
  };
  walk(root, '$', []);
  return { matches, ancestors };
};

/** Paths of every expandable node down to `maxDepth` (for "Expand all"). */
export const expandablePaths = (root: unknown, maxDepth = 64): Set<string> => {
  const out = new Set<string>();
  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > maxDepth) return;
    for (const [suffix, , child] of childrenOf(value)) {
      if (childrenOf(child).length > 0) {
        out.add(path + suffix);
        walk(child, path + suffix, depth + 1);
      }
    }
  };
  walk(root, '$', 0);
  return out;
};
