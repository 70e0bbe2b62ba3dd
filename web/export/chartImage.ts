// A chart or diagram as a stand-alone SVG file (the page's styles copied onto each element, so it
// looks the same outside the page) and as a PNG at twice the screen resolution for slides.
const styled = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'paint-order',
  'visibility',
];

export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((node, i) => {
    const cs = getComputedStyle(node as Element);
    const target = to[i] as SVGElement;
    target.setAttribute('style', styled.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
  });
  const box = svg.viewBox.baseVal;
  let width = box && box.width ? box.width : svg.clientWidth;
  let height = box && box.height ? box.height : svg.clientHeight;
  // A panned and zoomed diagram is exported whole, at natural size.
  if (svg.dataset.width && svg.dataset.height) {
    width = Number(svg.dataset.width);
    height = Number(svg.dataset.height);
    copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
    copy.querySelector(':scope > g')?.removeAttribute('transform');
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.style.background = '#fff';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The SVG drawn on a white canvas at `scale`, as a PNG blob. Uses a data: URL (the page's img-src allows data: only). */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = svgText(svg);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(img.width * scale);
  canvas.height = Math.ceil(img.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not make a PNG'))), 'image/png'),
  );
}
