import { limits } from '../state/limits.js';

/** Reads a dropped or chosen file as text, refusing oversized files before reading them. */
export async function readFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > limits.scenarioChars * 4) {
    return { ok: false, message: `"${file.name}" is ${(file.size / 1e6).toFixed(1)} MB; the page accepts scenarios up to ${limits.scenarioChars / 1e6} MB.` };
  }
  if (!/\.(ya?ml|json)$/i.test(file.name) && file.type !== '' && !/yaml|json|text/.test(file.type)) {
    return { ok: false, message: `"${file.name}" does not look like a scenario (.yaml, .yml or .json).` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (err) {
    return { ok: false, message: `Could not read "${file.name}": ${String(err)}` };
  }
}
