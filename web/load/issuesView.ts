// Validation issues, each with its field path, shown next to the source line it refers to
// (the loader's line, else the line found from the path by the scenario worker).
import { clear, el } from '../dom/el.js';
import type { Store } from '../state/store.js';

export function mountIssuesView(host: HTMLElement, store: Store): void {
  const render = () => {
    const { issues, text, file } = store.get();
    clear(host);
    host.hidden = issues.length === 0;
    if (issues.length === 0) return;
    // Lines come from the scenario worker (the loader's own, or found from the path).
    const located = issues.map((issue) => ({ issue, line: issue.line }));
    host.append(
      el('h2', {}, `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`),
      el(
        'ul',
        { class: 'issue-list', 'data-testid': 'issues' },
        ...located.map(({ issue, line }) =>
          el(
            'li',
            { class: 'issue', 'data-path': issue.path },
            el('code', { class: 'issue-path' }, issue.path === '' ? '(whole file)' : issue.path),
            line !== undefined ? el('span', { class: 'issue-line' }, ` line ${line}`) : null,
            ': ',
            el('span', { class: 'issue-message' }, issue.message),
          ),
        ),
      ),
      sourceWithIssues(text, located),
    );
  };
  store.subscribe((s, p) => {
    if (s.issues !== p.issues || s.text !== p.text) render();
  });
  render();
}

/** The lines of the file around each issue, with the issue's message printed under its line. */
function sourceWithIssues(
  text: string,
  located: { issue: { path: string; message: string }; line: number | undefined }[],
): HTMLElement {
  const lines = text.split('\n');
  const byLine = new Map<number, string[]>();
  for (const { issue, line } of located) {
    if (line === undefined) continue;
    byLine.set(line, [...(byLine.get(line) ?? []), `${issue.path}: ${issue.message}`]);
  }
  const shown = new Set<number>();
  for (const l of byLine.keys()) for (let k = l - 2; k <= l + 1; k++) if (k >= 1 && k <= lines.length) shown.add(k);
  const pre = el('pre', { class: 'source', 'data-testid': 'issue-source' });
  let last = 0;
  for (const l of [...shown].sort((a, b) => a - b).slice(0, 400)) {
    if (last !== 0 && l > last + 1) pre.append(el('span', { class: 'gap' }, '   ⋮\n'));
    pre.append(
      el(
        'span',
        { class: byLine.has(l) ? 'bad-line' : '' },
        `${String(l).padStart(4)}  ${lines[l - 1].slice(0, 300)}\n`,
      ),
    );
    for (const m of byLine.get(l) ?? []) pre.append(el('span', { class: 'inline-issue' }, `      ▲ ${m}\n`));
    last = l;
  }
  return pre;
}
