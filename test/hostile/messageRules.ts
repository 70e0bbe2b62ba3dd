// What every message shown to a user must be: words, under a length limit, with no JavaScript leaking
// through (a function's source, "[object Object]", "undefined", NaN) and no stack trace.

/** Longest formatted issue accepted: file and line, path (at most 200) and message (at most 400). */
export const MAX_FORMATTED_ISSUE = 1000;

const LEAKS: [RegExp, string][] = [
  [/\[native code\]|function \w*\s*\(/, 'source code'],
  [/\[object \w+\]/, '[object ...]'],
  [/\bundefined\b/, 'undefined'],
  [/\bNaN\b/, 'NaN'],
  [/\n\s+at /, 'a stack trace'],
];

/** The rules `text` breaks, as words; empty when it is a fine message. */
export function checkMessage(text: string): string[] {
  const broken = LEAKS.filter(([re]) => re.test(text)).map(([, what]) => `shows ${what}`);
  if (text.length > MAX_FORMATTED_ISSUE) broken.push(`is ${text.length} characters long`);
  return broken;
}
