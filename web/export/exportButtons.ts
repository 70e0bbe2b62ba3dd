// The buttons that take a table or a chart off the page: CSV for tables, SVG and PNG for charts
// and diagrams. File names come from the table's or chart's test id (e.g. compare-table.csv).
import { el } from '../dom/el.js';
import { downloadBlob } from '../share/downloadText.js';
import { pngBlob, svgText } from './chartImage.js';
import { tableCsv } from './tableCsv.js';

export function csvButton(table: HTMLTableElement, name: string): HTMLButtonElement {
  const b = el(
    'button',
    { type: 'button', class: 'export', 'data-export': 'csv', 'aria-label': `Download ${name} as CSV` },
    'CSV',
  );
  b.addEventListener('click', () =>
    downloadBlob(`${name}.csv`, new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' })),
  );
  return b;
}

export function imageButtons(svg: () => SVGSVGElement | null, name: string): HTMLElement {
  const asSvg = el(
    'button',
    { type: 'button', class: 'export', 'data-export': 'svg', 'aria-label': `Download ${name} as SVG` },
    'SVG',
  );
  const asPng = el(
    'button',
    { type: 'button', class: 'export', 'data-export': 'png', 'aria-label': `Download ${name} as PNG` },
    'PNG',
  );
  asSvg.addEventListener('click', () => {
    const s = svg();
    if (s) downloadBlob(`${name}.svg`, new Blob([svgText(s)], { type: 'image/svg+xml;charset=utf-8' }));
  });
  asPng.addEventListener('click', async () => {
    const s = svg();
    if (s) downloadBlob(`${name}.png`, await pngBlob(s));
  });
  return el('span', { class: 'exports' }, asSvg, asPng);
}
