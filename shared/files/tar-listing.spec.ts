import { describe, expect, it } from 'vitest';
import { volumeEntryName } from './tar-entry-name.js';
import { TarListing, tarNameSegments } from './tar-listing.js';

const mtime = new Date(1_700_000_000_000);

describe('listing a folder from tar headers', () => {
  it('keeps the direct children of `./`, folders first, and only counts deeper entries', () => {
    const listing = new TarListing();
    const headers = [
      { name: './', type: 'directory' as const, mode: 0o40755, mtime },
      { name: './zeta.txt', type: 'file' as const, size: 12, mode: 0o100644, mtime },
      { name: './sub/', type: 'directory' as const, mode: 0o40755, mtime },
      { name: './sub/deep.txt', type: 'file' as const, size: 3, mtime },
      { name: './link', type: 'symlink' as const, linkname: 'sub', mtime },
      { name: './fifo', type: 'fifo' as const, mtime },
      { name: './Alpha', type: 'file' as const, size: 0, mtime },
    ];
    for (const header of headers) expect(listing.add(header)).toBe(true);
    expect(listing.kind).toBe('directory');
    expect(listing.truncated).toBe(false);
    expect(listing.sorted()).toEqual([
      {
        name: 'sub',
        kind: 'directory',
        size: null,
        mode: 0o755,
        modified: mtime.getTime(),
        linkTarget: null,
      },
      { name: 'Alpha', kind: 'file', size: 0, mode: 0, modified: mtime.getTime(), linkTarget: null },
      { name: 'fifo', kind: 'other', size: 0, mode: 0, modified: mtime.getTime(), linkTarget: null },
      { name: 'link', kind: 'symlink', size: 0, mode: 0, modified: mtime.getTime(), linkTarget: 'sub' },
      { name: 'zeta.txt', kind: 'file', size: 12, mode: 0o644, modified: mtime.getTime(), linkTarget: null },
    ]);
  });

  it('stops at the entry cap and at the header cap, and says it is truncated', () => {
    const byEntries = new TarListing({ maxEntries: 2, maxHeaders: 100 });
    expect(byEntries.add({ name: './', type: 'directory' })).toBe(true);
    expect(byEntries.add({ name: './a', type: 'file' })).toBe(true);
    expect(byEntries.add({ name: './b', type: 'file' })).toBe(true);
    expect(byEntries.add({ name: './c', type: 'file' })).toBe(false);
    expect(byEntries.truncated).toBe(true);
    expect(byEntries.sorted().map((e) => e.name)).toEqual(['a', 'b']);

    const byHeaders = new TarListing({ maxEntries: 100, maxHeaders: 3 });
    byHeaders.add({ name: './', type: 'directory' });
    byHeaders.add({ name: './big/', type: 'directory' });
    expect(byHeaders.add({ name: './big/1', type: 'file' })).toBe(false);
    expect(byHeaders.truncated).toBe(true);
  });

  it('splits names without `.` and empty parts', () => {
    expect(tarNameSegments('./a/b/')).toEqual(['a', 'b']);
    expect(tarNameSegments('./')).toEqual([]);
    expect(tarNameSegments('a//b')).toEqual(['a', 'b']);
  });
});

describe('naming imported tar entries inside the volume', () => {
  it('makes names relative to the volume root', () => {
    expect(volumeEntryName('./')).toBe('.');
    expect(volumeEntryName('./x.bin')).toBe('x.bin');
    expect(volumeEntryName('sub/y.txt')).toBe('sub/y.txt');
    expect(volumeEntryName('/abs/path')).toBe('abs/path');
    expect(volumeEntryName('a/./b//c/')).toBe('a/b/c');
  });

  it('refuses names that climb out or carry NUL', () => {
    expect(volumeEntryName('../etc/passwd')).toBeNull();
    expect(volumeEntryName('a/../../b')).toBeNull();
    expect(volumeEntryName('a/..')).toBeNull();
    expect(volumeEntryName('a\0b')).toBeNull();
  });
});
