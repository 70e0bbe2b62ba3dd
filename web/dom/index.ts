// Small DOM helpers shared by every view. `el` builds elements from plain values and turns
// strings into text nodes, which is how the page keeps scenario text from ever becoming markup.
export { el, append, clear } from './el.js';
