import type { DirEntry, EntryKind } from '../contract/files.js';

/** The fields of a tar header the listing reads (tar-stream's Headers has them all). */
export interface TarHeaderLike {
  readonly name: string;
  readonly type?: string | null;
  readonly size?: number | null;
  readonly mode?: number | null;
  readonly mtime?: Date | null;
  readonly linkname?: string | null;
}

export interface ListingLimits {
  /** Children of the folder kept; past this the listing says it is truncated. */
  readonly maxEntries: number;
  /** Tar headers read at all (the archive also streams every grandchild). */
  readonly maxHeaders: number;
}

export const DEFAULT_LISTING_LIMITS: ListingLimits = { maxEntries: 5_000, maxHeaders: 100_000 };

const KINDS: Readonly<Record<string, EntryKind>> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'file',
};

const kindOf = (type: string | null | undefined): EntryKind => KINDS[type ?? 'file'] ?? 'other';

/** Splits a tar entry name into segments, dropping `./`, empty parts and a trailing slash. */
export const tarNameSegments = (name: string): readonly string[] =>
  name.split('/').filter((part) => part !== '' && part !== '.');

/**
 * Builds one folder's listing from the archive the engine streams for `dir/.` (which follows a
 * symlinked folder): the first entry is the folder itself (`./`), its children are `./child`, and
 * everything deeper is counted only. The archive walks the whole subtree, so `add` answers false once a limit is hit
 * and the caller stops reading; the listing then says it is truncated.
 */
export class TarListing {
  private readonly entries = new Map<string, DirEntry>();
  private headers = 0;
  private truncatedFlag = false;
  private rootKind: EntryKind | null = null;

  constructor(private readonly limits: ListingLimits = DEFAULT_LISTING_LIMITS) {}

  /** Takes one header; false: stop reading, the listing is as complete as it will get. */
  add(header: TarHeaderLike): boolean {
    this.headers++;
    const segments = tarNameSegments(header.name);
    if (segments.length === 0) {
      this.rootKind ??= kindOf(header.type);
    } else if (segments.length === 1) {
      const name = segments[0] ?? '';
      if (this.entries.size >= this.limits.maxEntries) {
        this.truncatedFlag = true;
        return false;
      }
      this.entries.set(name, {
        name,
        kind: kindOf(header.type),
        size: header.type === 'directory' ? null : (header.size ?? 0),
        mode: (header.mode ?? 0) & 0o7777,
        modified: header.mtime ? header.mtime.getTime() : null,
        linkTarget: header.type === 'symlink' ? (header.linkname ?? '') : null,
      });
    }
    if (this.headers >= this.limits.maxHeaders) {
      this.truncatedFlag = true;
      return false;
    }
    return true;
  }

  /** Marks the listing as cut short for a reason outside the headers (a byte cap). */
  truncate(): void {
    this.truncatedFlag = true;
  }

  /** The kind of the archived path itself; null before the first header. */
  get kind(): EntryKind | null {
    return this.rootKind;
  }

  get truncated(): boolean {
    return this.truncatedFlag;
  }

  /** Folders first, then by name (code-point order, stable across locales). */
  sorted(): readonly DirEntry[] {
    return [...this.entries.values()].sort((a, b) => {
      const folders = Number(b.kind === 'directory') - Number(a.kind === 'directory');
      return folders !== 0 ? folders : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
  }
}
