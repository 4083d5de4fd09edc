/**
 * Whether bytes are shown as text: a NUL byte or invalid UTF-8 means binary (as git and most
 * editors decide). A multi-byte character cut by the preview cap at the very end is not an error.
 */
export const looksBinary = (bytes: Uint8Array, cutShort = false): boolean => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return true;
    for (let k = 1; k <= need; k++) {
      // The sequence runs past the end: fine only when the cap cut it.
      if (i + k >= bytes.length) return !cutShort;
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return true;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms and UTF-16 surrogates are invalid UTF-8.
    if (b === 0xe0 && second < 0xa0) return true;
    if (b === 0xed && second > 0x9f) return true;
    if (b === 0xf0 && second < 0x90) return true;
    if (b === 0xf4 && second > 0x8f) return true;
    i += need + 1;
  }
  return false;
};
