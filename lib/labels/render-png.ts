import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { LabelLayout } from './layout-types';
import { layoutSvg } from './render-svg';

const FONT_FAMILY = 'Liberation Sans';
// Loaded from the project's own files, never the system's: the PNG looks the same on every machine.
const FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((file) =>
  path.join(process.cwd(), 'lib', 'labels', 'fonts', file),
);

/** The layout rasterised at its dpi (812×1218 px for 4×6 in at 203 dpi), on resvg's thread pool. */
export async function renderPng(layout: LabelLayout): Promise<Buffer> {
  const image = await renderAsync(layoutSvg(layout, FONT_FAMILY), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY },
    textRendering: 1,
    background: '#fff',
  });
  return image.asPng();
}
