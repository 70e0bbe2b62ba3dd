// Access to the two 32-bit words of a float64, through one shared typed-array view. The word order
// depends on the platform's endianness, detected once.
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = littleEndian ? 1 : 0;
const LO = littleEndian ? 0 : 1;

export function highWord(x: number): number {
  f64[0] = x;
  return i32[HI];
}

export function lowWord(x: number): number {
  f64[0] = x;
  return i32[LO];
}

/** x with its high word replaced. */
export function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  i32[HI] = hi;
  return f64[0];
}
