import { measure } from './engine.js';

self.onmessage = (e) => {
  const { text, variants, reps, warm } = e.data;
  self.postMessage(measure(text, variants, reps, warm));
};
