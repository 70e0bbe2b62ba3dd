// The meaning of a timeline and of arrival peaks: dates inside the run, ramps that end after they
// start, parameters that exist and that a timeline can change, and values in each parameter's range
// (checked by setting the value in a copy of the file and validating that, so a headcount or an error
// rate meets exactly the rules it meets anywhere else).

import { setParam } from '../patch/applyChanges.js';
import { didYouMean } from '../didYouMean.js';
import { arr, isRec, rec, type Rec } from '../validate/checks.js';
import { timelinePoints, type TimelineIssue } from './timelinePoints.js';

/** Most dated changes a file's timeline and peaks may compile to. */
export const MAX_TIMELINE_CHANGES = 200_000;

export function checkTimeline(doc: Rec, checkDocument: (doc: unknown) => TimelineIssue[]): TimelineIssue[] {
  const issues: TimelineIssue[] = [];
  for (const [type, t] of Object.entries(rec(doc.itemTypes))) {
    arr(rec(t).peaks).forEach((peak, i) => {
      const cal = rec(peak).calendar;
      if (typeof cal === 'string' && !Object.hasOwn(rec(doc.calendars), cal))
        issues.push({
          path: `itemTypes.${type}.peaks.${i}.calendar`,
          message: `unknown calendar "${cal}"${didYouMean(cal, Object.keys(rec(doc.calendars)))}`,
        });
    });
  }
  // Values are checked by validating the file with each set in: only on a file with no other issue.
  if (!isRec(doc.timeline) || issues.length > 0) return issues;
  const { points, issues: found } = timelinePoints(doc);
  issues.push(...found);
  if (points.length > MAX_TIMELINE_CHANGES)
    issues.push({
      path: 'timeline',
      message: `the timeline makes ${points.length} changes, more than the limit of ${MAX_TIMELINE_CHANGES}; use longer ramp steps (every: 1w)`,
    });
  const { timeline: _timeline, variants: _variants, sweeps: _sweeps, decisions: _decisions, ...design } = doc;
  const checked = new Set<string>();
  for (const p of points) {
    if (p.written === undefined) continue;
    const value = JSON.stringify(p.written);
    if (p.param.kind === 'arrivalMultiplier') {
      if (!(p.x >= 0 && p.x <= 1000))
        issues.push({ path: p.where, message: `expected a multiplier from 0 to 1000, found ${value}` });
      continue;
    }
    const key = `${p.path}\u0000${value}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const set = setParam(design, p.path, p.written);
    const [first] = [...set.issues, ...checkDocument(set.doc)];
    if (first !== undefined)
      issues.push({ path: p.where, message: `${p.path} = ${value} is out of range: ${first.path}: ${first.message}` });
  }
  return issues;
}
