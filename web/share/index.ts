// Taking the work elsewhere: downloading the scenario file (variants included), and links that
// carry the whole scenario, compressed, in the URL fragment. The fragment never reaches a server,
// and decoding happens in a worker with a deadline so a hostile link cannot freeze the tab.
export { downloadText } from './downloadText.js';
export { encodeShareLink, type SharePayload } from './encodeShareLink.js';
export { decodeShareFragment } from './decodeShareFragment.js';
