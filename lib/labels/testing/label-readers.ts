import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';

// Readers that share no code with the label renderers: pdf.js opens the PDF, skia decodes the PNG, and
// ZXing reads the barcode from the pixels, as a scanner would.

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8ClampedArray;
}

const STANDARD_FONTS = `${path.join(process.cwd(), 'node_modules', 'pdfjs-dist', 'standard_fonts')}/`;

async function openPdf(pdf: Uint8Array) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
}

export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  const doc = await openPdf(pdf);
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}

/** The first page's size in inches and its text runs, in drawing order. */
export async function pdfFirstPage(pdf: Uint8Array): Promise<{ widthIn: number; lengthIn: number; texts: string[] }> {
  const doc = await openPdf(pdf);
  const page = await doc.getPage(1);
  const [, , width, height] = page.view;
  const content = await page.getTextContent();
  const texts = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item.str] : []));
  await doc.destroy();
  return { widthIn: width! / 72, lengthIn: height! / 72, texts };
}

/** The first page drawn by pdf.js at `dpi`. */
export async function pdfPixels(pdf: Uint8Array, dpi: number): Promise<Pixels> {
  const doc = await openPdf(pdf);
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  await doc.destroy();
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return { width: image.width, height: image.height, data: image.data };
}

export async function pngPixels(png: Uint8Array): Promise<Pixels> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height);
  return { width: data.width, height: data.height, data: data.data };
}

/** The Code 128 barcode's text, or throws when none is found. */
export function readCode128(pixels: Pixels): string {
  const luminances = new Uint8ClampedArray(pixels.width * pixels.height);
  for (let i = 0; i < luminances.length; i += 1) {
    const o = i * 4;
    luminances[i] = (pixels.data[o]! * 299 + pixels.data[o + 1]! * 587 + pixels.data[o + 2]! * 114) / 1000;
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminances, pixels.width, pixels.height)));
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  return reader.decode(bitmap, hints).getText();
}
