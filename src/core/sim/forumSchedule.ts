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
    // Day index (from time 0) of the first day of the month containing time 0.
    let monthStart = -(model.startDayOfMonth - 1);
    for (const len of model.monthLengths) {
      const day = monthStart + Math.min(sc.dayOfMonth, len) - 1;
      const t = day * 24 + sc.hour;
      if (t >= model.horizon) break;
      if (t >= 0) out.push(t);
      monthStart += len;
    }
  }
  return Float64Array.from(out);
}
