import type { LabelLayout, RectElement } from './layout-types';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
const px = (value: number) => String(Math.round(value * 100) / 100);

/** The layout as SVG in pixels at the layout's dpi, its text in `fontFamily`, on white. */
export function layoutSvg(layout: LabelLayout, fontFamily: string): string {
  const scale = (inches: number) => px(inches * layout.dpi);
  const rect = (r: RectElement) => `<rect x="${scale(r.x)}" y="${scale(r.y)}" width="${scale(r.width)}" height="${scale(r.height)}"/>`;
  const width = scale(layout.widthIn);
  const height = scale(layout.lengthIn);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<g fill="#000" font-family="${escapeXml(fontFamily)}">`,
  ];
  for (const element of layout.elements) {
    if (element.kind === 'text') {
      const weight = element.weight === 'bold' ? ' font-weight="bold"' : '';
      parts.push(
        `<text x="${scale(element.x)}" y="${scale(element.baseline)}" font-size="${scale(element.size)}"${weight}>${escapeXml(element.text)}</text>`,
      );
    } else if (element.kind === 'rect') {
      parts.push(rect(element));
    } else {
      parts.push(`<g shape-rendering="crispEdges">${element.bars.map(rect).join('')}</g>`);
    }
  }
  parts.push('</g></svg>');
  return parts.join('');
}
