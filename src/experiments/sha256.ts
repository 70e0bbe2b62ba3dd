// SHA-256 (FIPS 180-4) in plain TypeScript, so that shard files are fingerprinted the same way in Node
// and in a browser bundle without Node's crypto or the asynchronous WebCrypto. It hashes strings
// incrementally (UTF-8), so a fingerprint of 500 compiled models never builds one giant string.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

export interface Sha256 {
  /** Adds the UTF-8 bytes of `text`; returns the same hasher. */
  update(text: string): Sha256;
  /** The digest as 64 lowercase hex digits; the hasher cannot be updated afterwards. */
  hex(): string;
}

export function sha256(): Sha256 {
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const block = new Uint8Array(64);
  const encoder = new TextEncoder();
  let used = 0;
  let length = 0;

  function compress(): void {
    for (let i = 0; i < 16; i++)
      w[i] = (block[4 * i] << 24) | (block[4 * i + 1] << 16) | (block[4 * i + 2] << 8) | block[4 * i + 3];
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15];
      const b = w[i - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }

  function bytes(data: Uint8Array): void {
    length += data.length;
    for (let i = 0; i < data.length; i++) {
      block[used++] = data[i];
      if (used === 64) {
        compress();
        used = 0;
      }
    }
  }

  const hasher: Sha256 = {
    update(text) {
      // Encoded in slices so that a long text never needs a second full-size copy.
      for (let i = 0; i < text.length; i += 65536) {
        let end = Math.min(text.length, i + 65536);
        // Never split a surrogate pair between two slices.
        if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
        bytes(encoder.encode(text.slice(i, end)));
        i = end - 65536;
      }
      return hasher;
    },
    hex() {
      const bits = length * 8;
      block[used++] = 0x80;
      if (used > 56) {
        block.fill(0, used);
        compress();
        used = 0;
      }
      block.fill(0, used, 56);
      const high = Math.floor(bits / 0x100000000);
      for (let i = 0; i < 4; i++) {
        block[56 + i] = (high >>> (24 - 8 * i)) & 0xff;
        block[60 + i] = (bits >>> (24 - 8 * i)) & 0xff;
      }
      compress();
      return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
    },
  };
  return hasher;
}

/** sha256Hex(text): the SHA-256 of text's UTF-8 bytes, in hex. */
export function sha256Hex(text: string): string {
  return sha256().update(text).hex();
}
