// A linear pre-scan for `[`/`{` nesting, so that absurdly nested flow collections are refused
// before the parser (which recurses, and slows down badly) sees them.

/**
 * Deepest bracket nesting outside quoted strings and comments. Brackets inside plain scalars
 * (`a[b`) are counted too; that can only over-count by unbalanced brackets, which real files lack.
 */
export function flowDepth(text: string, stopAbove: number): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote !== '') {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      const prev = text[i - 1];
      // A quote starts a string only where a scalar may start, not inside a word like don't.
      if (prev === undefined || ' \t\n[{,:-?'.includes(prev)) quote = ch;
    } else if (ch === '#' && (i === 0 || ' \t\n'.includes(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return max;
}
