import { decodeUtf8 } from '../../src/scenario/index.js';
import { limits } from '../state/limits.js';

/** Reads a dropped or chosen file as text, refusing oversized files before reading them. */
export async function readFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > limits.scenarioChars * 4) {
    return {
      ok: false,
      message: `"${file.name}" is ${(file.size / 1e6).toFixed(1)} MB; the page accepts scenarios up to ${limits.scenarioChars / 1e6} MB.`,
    };
  }
  if (!/\.(ya?ml|json)$/i.test(file.name) && file.type !== '' && !/yaml|json|text/.test(file.type)) {
    return { ok: false, message: `"${file.name}" does not look like a scenario (.yaml, .yml or .json).` };
  }
  try {
    // Bytes first: file.text() would turn a Latin-1 or UTF-16 file into replacement characters
    // and a confusing parse error; decodeUtf8 says what is wrong and where.
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if ('error' in decoded) return { ok: false, message: `"${file.name}": ${decoded.error}.` };
    return { ok: true, text: decoded.text };
  } catch (err) {
    return { ok: false, message: `Could not read "${file.name}": ${String(err)}` };
  }
}
