import type { LabelLayout, RectElement } from './layout-types';
import { ELLIPSIS } from './text-metrics';

// Field data is written hex-escaped (^FH with "_"): any byte outside this set, "^", "~" and "_" among
// them, becomes _XX, so no text can end its field or start a command.
const PLAIN = /[A-Za-z0-9 .,:;!?()'/+#&*=-]/;
const utf8 = new TextEncoder();

function fieldData(text: string): string {
  let out = '';
  for (const char of text.replaceAll(ELLIPSIS, '...')) {
    if (PLAIN.test(char)) out += char;
    else for (const byte of utf8.encode(char)) out += `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `^FH_^FD${out}^FS`;
}

/** The layout as a ZPL II program for a printer of the layout's dpi (203 dpi is 8 dots/mm), text as UTF-8. */
export function renderZpl(layout: LabelLayout): string {
  const dots = (inches: number) => Math.round(inches * layout.dpi);
  // ^GB draws its border inward: a border as thick as the box's short side fills it.
  const box = (r: RectElement) =>
    `^FO${dots(r.x)},${dots(r.y)}^GB${dots(r.width)},${dots(r.height)},${Math.min(dots(r.width), dots(r.height))}^FS`;
  const lines = ['^XA', '^CI28', `^PW${dots(layout.widthIn)}`, `^LL${dots(layout.lengthIn)}`, '^LH0,0'];
  for (const element of layout.elements) {
    if (element.kind === 'text') {
      const height = dots(element.size);
      lines.push(`^FT${dots(element.x)},${dots(element.baseline)}^A0N,${height},${height}${fieldData(element.text)}`);
    } else if (element.kind === 'rect') {
      lines.push(box(element));
    } else {
      // Mode A lets the printer choose Code 128's code sets, as bwip-js did for the other formats.
      lines.push(
        `^BY${dots(element.moduleWidth)}^FO${dots(element.x)},${dots(element.y)}^BCN,${dots(element.height)},N,N,N,A${fieldData(element.data)}`,
      );
    }
  }
  lines.push('^XZ');
  return `${lines.join('\n')}\n`;
}
