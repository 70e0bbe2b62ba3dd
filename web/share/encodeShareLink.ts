import LZString from 'lz-string';
import { limits } from '../state/limits.js';
import type { SharePayload } from './sharePayload.js';

export type { SharePayload };

/** The page's own address with the payload compressed into the fragment (`#s=…`), or a reason it cannot be shared. */
export function encodeShareLink(
  payload: SharePayload,
  location: { origin: string; pathname: string; search: string },
): { ok: true; url: string } | { ok: false; message: string } {
  const fragment = LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  if (fragment.length > limits.linkChars) {
    return {
      ok: false,
      message: `This scenario makes a link of ${fragment.length.toLocaleString('en-US')} characters, more than the ${limits.linkChars.toLocaleString('en-US')} allowed; download the file instead.`,
    };
  }
  return { ok: true, url: `${location.origin}${location.pathname}${location.search}#s=${fragment}` };
}
