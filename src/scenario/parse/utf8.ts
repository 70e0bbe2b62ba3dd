// Bytes to text. A file that is not UTF-8 gets a message with the offset of the first bad byte,
// instead of silently turning into replacement characters.

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1];
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return -1;
}

/** The text of UTF-8 bytes (a leading byte-order mark dropped), or a message saying why they are not UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'the file is UTF-16 text; save it as UTF-8' };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return {
      error: `the file is not UTF-8 text (invalid byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad}); save it as UTF-8`,
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
