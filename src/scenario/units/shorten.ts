// Long text echoed in a message is cut, so that a 100 KB value cannot make a 100 KB message.

/** `text`, or its first `max` characters followed by "…" and how many were left out. */
export function shorten(text: string, max = 80): string {
  return text.length <= max
    ? text
    : `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en-US')} more characters)`;
}
