// Splits TypeScript source into what the purity rules need: the code without comments (string
// literals kept, to read import specifiers) and the code with string and template contents blanked
// too (to look for identifiers without being fooled by text such as "no Date here").
// A small state machine, not a parser: it knows strings, template literals with ${} nesting,
// comments and regular-expression literals, which is all the rules depend on.

export interface ScannedSource {
  /** Source with comments replaced by spaces; strings intact. */
  code: string;
  /** Source with comments and the contents of strings and templates replaced by spaces. */
  bare: string;
}

/** Characters after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER = new Set([
  '',
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);

export function scanSource(src: string): ScannedSource {
  let code = '';
  let bare = '';
  let lastSignificant = '';
  // Stack of open template literals: each entry is the brace depth of its ${ } expression.
  const templates: number[] = [];
  let i = 0;
  const emit = (c: string, inString: boolean) => {
    code += c;
    bare += inString && c !== '\n' ? ' ' : c;
  };
  const blank = (c: string) => {
    const s = c === '\n' ? '\n' : ' ';
    code += s;
    bare += s;
  };
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') blank(src[i++]);
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      while (i < stop) blank(src[i++]);
      continue;
    }
    if (c === '"' || c === "'") {
      emit(c, false);
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') {
        if (src[i] === '\\') emit(src[i++], true);
        if (i < src.length) emit(src[i++], true);
      }
      if (i < src.length) emit(src[i++], false);
      lastSignificant = 'a';
      continue;
    }
    if (c === '`' || (c === '}' && templates.length > 0 && templates[templates.length - 1] === 0)) {
      // Either a template opens, or a ${ } expression closes and the template text resumes.
      if (c === '}') templates.pop();
      emit(c, false);
      i++;
      while (i < src.length && src[i] !== '`' && !(src[i] === '$' && src[i + 1] === '{')) {
        if (src[i] === '\\') emit(src[i++], true);
        if (i < src.length) emit(src[i++], true);
      }
      if (src[i] === '$') {
        emit('$', false);
        emit('{', false);
        i += 2;
        templates.push(0);
        lastSignificant = '{';
      } else {
        if (i < src.length) emit(src[i++], false);
        lastSignificant = 'a';
      }
      continue;
    }
    if (c === '/' && REGEX_AFTER.has(lastSignificant)) {
      emit(c, false);
      i++;
      let inClass = false;
      while (i < src.length && src[i] !== '\n' && (inClass || src[i] !== '/')) {
        if (src[i] === '\\') emit(src[i++], true);
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        if (i < src.length) emit(src[i++], true);
      }
      if (i < src.length) emit(src[i++], false);
      lastSignificant = 'a';
      continue;
    }
    if (templates.length > 0) {
      if (c === '{') templates[templates.length - 1]++;
      else if (c === '}') templates[templates.length - 1]--;
    }
    emit(c, false);
    if (!/\s/.test(c)) lastSignificant = /[A-Za-z0-9_$)\].]/.test(c) ? 'a' : c;
    i++;
  }
  return { code, bare };
}
