import type { ForumNode, Model } from '../model/model.js';

/** Session times of a forum up to the horizon. */
export function forumSessionTimes(node: ForumNode, model: Model): Float64Array {
  const out: number[] = [];
  const sc = node.schedule;
  if (sc.kind === 'periodic') {
    if (sc.every > 0) {
      for (let t = sc.first; t < model.horizon; t += sc.every) if (t >= 0) out.push(t);
    } else if (sc.first >= 0 && sc.first < model.horizon) {
      out.push(sc.first);
    }
  } else {
    for (const t of sc.times) if (t >= 0 && t < model.horizon) out.push(t);
  }
  return Float64Array.from(out);
}
