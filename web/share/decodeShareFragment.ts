import { limits } from '../state/limits.js';
import { parsePayload, type SharePayload } from './sharePayload.js';

const deadlineMs = 5000;

/**
 * Reads a `#s=…` fragment. Returns null when the fragment is not a share link at all. The
 * decompression runs in a worker that is terminated after a deadline, so the page stays usable.
 */
export async function decodeShareFragment(
  hash: string,
): Promise<{ ok: true; payload: SharePayload } | { ok: false; message: string } | null> {
  const m = /^#s=(.*)$/s.exec(hash);
  if (!m) return null;
  const fragment = m[1];
  if (fragment.length > limits.linkChars) {
    return {
      ok: false,
      message: `This link is ${fragment.length.toLocaleString('en-US')} characters long, more than the ${limits.linkChars.toLocaleString('en-US')} the page accepts.`,
    };
  }
  const worker = new Worker(new URL('./decodeWorker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<{ ok: true; json: string } | { ok: false; message: string }>((resolve) => {
      const timer = setTimeout(
        () =>
          resolve({ ok: false, message: 'The link took too long to open; it is probably damaged or far too large.' }),
        deadlineMs,
      );
      worker.onmessage = (e) => {
        clearTimeout(timer);
        resolve(e.data);
      };
      worker.onerror = () => {
        clearTimeout(timer);
        resolve({ ok: false, message: 'The link could not be opened (it may be too large for this browser).' });
      };
      worker.postMessage({ fragment, maxChars: limits.scenarioChars + 10_000 });
    });
    if (!reply.ok) return reply;
    const payload = parsePayload(reply.json);
    if (payload === null) return { ok: false, message: 'The link is damaged: it does not contain a scenario.' };
    return 'problem' in payload ? { ok: false, message: payload.problem } : { ok: true, payload };
  } finally {
    worker.terminate();
  }
}
