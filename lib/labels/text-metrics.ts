import { FontNames } from '@pdf-lib/standard-fonts';
import { StandardFontEmbedder } from 'pdf-lib';

export const ELLIPSIS = '…';

// Helvetica's widths: the PDF draws in it, the PNG in Liberation Sans (the same widths), ZPL in the printer's
// Helvetica-like font 0. Measured once here so every format cuts a long line at the same place.
const FONTS = {
  regular: StandardFontEmbedder.for(FontNames.Helvetica),
  bold: StandardFontEmbedder.for(FontNames.HelveticaBold),
};

export type FontWeight = keyof typeof FONTS;

/** The width in inches of a label text (see labelText) set in `sizeIn` inches. */
export function textWidthIn(text: string, sizeIn: number, weight: FontWeight): number {
  return FONTS[weight].widthOfTextAtSize(text, sizeIn);
}

/** The text, or its longest beginning that fits `maxWidthIn` with an ellipsis after it. */
export function fitText(text: string, sizeIn: number, weight: FontWeight, maxWidthIn: number): string {
  if (textWidthIn(text, sizeIn, weight) <= maxWidthIn) return text;
  const cut = (length: number) => `${text.slice(0, length).trimEnd()}${ELLIPSIS}`;
  let fits = 0;
  let tooLong = text.length;
  while (tooLong - fits > 1) {
    const middle = (fits + tooLong) >> 1;
    if (textWidthIn(cut(middle), sizeIn, weight) <= maxWidthIn) fits = middle;
    else tooLong = middle;
  }
  return fits === 0 && textWidthIn(ELLIPSIS, sizeIn, weight) > maxWidthIn ? '' : cut(fits);
}
