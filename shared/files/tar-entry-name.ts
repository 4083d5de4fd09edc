/**
 * The name an imported tar entry gets inside the volume: relative to the volume's root, without
 * `.` segments or empty parts. A name that climbs out (`..`) is refused rather than rewritten, so
 * an archive never writes outside what the user chose. The root itself is `.`.
 */
export const volumeEntryName = (name: string): string | null => {
  if (name.includes('\0')) return null;
  const parts = name.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.some((part) => part === '..')) return null;
  return parts.length === 0 ? '.' : parts.join('/');
};

/** Entry types an import writes; devices and FIFOs in a volume are refused. */
export const IMPORTABLE_TYPES: ReadonlySet<string> = new Set([
  'file',
  'contiguous-file',
  'directory',
  'symlink',
  'link',
]);
