import type { Model } from '../model/model.js';
import { FifoLine } from '../queue/fifoLine.js';
import { forumSessionTimes } from './forumSchedule.js';

/** Forums, indexed by node (other kinds of node keep null and 0): who is held, and when sessions are. */
export class ForumTable {
  /** Items held until the next session, oldest first. */
  readonly line: (FifoLine | null)[];
  readonly held: Int32Array;
  /** Session times up to the horizon. */
  readonly sessions: (Float64Array | null)[];
  /** Index in sessions of the next session to schedule. */
  readonly nextSession: Int32Array;

  constructor(model: Model) {
    const count = model.nodes.length;
    this.line = new Array(count).fill(null);
    this.held = new Int32Array(count);
    this.sessions = new Array(count).fill(null);
    this.nextSession = new Int32Array(count);
    model.nodes.forEach((node, n) => {
      if (node.kind !== 'forum') return;
      this.line[n] = new FifoLine();
      this.sessions[n] = forumSessionTimes(node, model);
    });
  }
}
