import { fill, PDFDocument, popGraphicsState, pushGraphicsState, rectangle, rgb, setFillingGrayscaleColor, StandardFonts } from 'pdf-lib';
import type { LabelLayout, RectElement } from './layout-types';

const POINTS_PER_INCH = 72;
const BLACK = rgb(0, 0, 0);

/**
 * The layout as a one-page PDF in the standard Helvetica fonts: nothing is embedded, so a label costs well under
 * a millisecond. pdf-lib ties font objects to their document; the measuring fonts are the part kept between labels.
 */
export async function renderPdf(layout: LabelLayout): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([layout.widthIn * POINTS_PER_INCH, layout.lengthIn * POINTS_PER_INCH]);
  const fonts = { regular: doc.embedStandardFont(StandardFonts.Helvetica), bold: doc.embedStandardFont(StandardFonts.HelveticaBold) };
  const fromBottom = (inches: number) => (layout.lengthIn - inches) * POINTS_PER_INCH;
  const rects: RectElement[] = [];
  for (const element of layout.elements) {
    if (element.kind === 'text') {
      page.drawText(element.text, {
        x: element.x * POINTS_PER_INCH,
        y: fromBottom(element.baseline),
        size: element.size * POINTS_PER_INCH,
        font: fonts[element.weight],
        color: BLACK,
      });
    } else if (element.kind === 'rect') {
      rects.push(element);
    } else {
      rects.push(...element.bars);
    }
  }
  // Every rule, box edge and bar as one filled path: a fraction of the operators of a drawRectangle each.
  page.pushOperators(
    pushGraphicsState(),
    setFillingGrayscaleColor(0),
    ...rects.map((r) =>
      rectangle(r.x * POINTS_PER_INCH, fromBottom(r.y + r.height), r.width * POINTS_PER_INCH, r.height * POINTS_PER_INCH),
    ),
    fill(),
    popGraphicsState(),
  );
  return doc.save({ useObjectStreams: false });
}
