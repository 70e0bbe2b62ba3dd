// Decompresses a share link's fragment off the page's thread. lz-string output can be far
// larger than its input, so the result is measured here and refused when over the limit.
import LZString from 'lz-string';

self.onmessage = (e: MessageEvent<{ fragment: string; maxChars: number }>) => {
  try {
    const text = LZString.decompressFromEncodedURIComponent(e.data.fragment);
    if (text === null || text === '')
      postMessage({ ok: false, message: 'The link is damaged: its scenario could not be decompressed.' });
    else if (text.length > e.data.maxChars)
      postMessage({
        ok: false,
        message: `The link's scenario has ${text.length.toLocaleString('en-US')} characters, more than the ${e.data.maxChars.toLocaleString('en-US')} the page accepts.`,
      });
    else postMessage({ ok: true, json: text });
  } catch (err) {
    postMessage({ ok: false, message: `The link is damaged: ${String(err)}` });
  }
};
