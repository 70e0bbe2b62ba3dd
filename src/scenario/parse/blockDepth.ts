// A linear pre-scan for block (indentation) nesting. The YAML parser recurses once per level, and
// near the stack limit V8 can abort the whole process (a fatal "RegExpCompiler allocation failed")
// instead of throwing, so absurd nesting must be refused before the parser sees it.

/**
 * Block nesting depth by indentation and leading "- " / "? " / ": " indicators, skipping comments
 * and the content of block scalars (`|`, `>`). It may over-count for odd layouts (a multi-line
 * quoted string indented ever deeper), never under-count a real block structure.
 */
export function blockDepth(text: string, stopAbove: number): number {
  const open: number[] = [];
  let max = 0;
  let scalarParent = -1; // indentation of the line that opened a block scalar, or -1
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let col = at;
    while (col < end && text[col] === ' ') col++;
    const indent = col - at;
    const blank = col >= end || text[col] === '#' || text[col] === '\r';
    if (scalarParent >= 0 && (blank || indent > scalarParent)) {
      at = end + 1;
      continue;
    }
    scalarParent = -1;
    if (!blank) {
      while (open.length > 0 && open[open.length - 1] >= indent) open.pop();
      open.push(indent);
      // "- - - x" opens one sequence per dash on the same line.
      while (
        (text[col] === '-' || text[col] === '?' || text[col] === ':') &&
        (text[col + 1] === ' ' || text[col + 1] === '\t')
      ) {
        col += 2;
        while (text[col] === ' ') col++;
        open.push(col - at);
        if (open.length > stopAbove) return open.length;
      }
      if (open.length > max) max = open.length;
      if (max > stopAbove) return max;
      if (
        /[|>][0-9+-]*[ \t]*(#.*)?\r?$/.test(text.slice(col, end)) &&
        /(^|[:\-?]\s+)[|>]/.test(text.slice(at, end).trimStart())
      )
        scalarParent = indent;
    }
    at = end + 1;
  }
  return max;
}
