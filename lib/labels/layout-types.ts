import type { FontWeight } from './text-metrics';

// Every length is in inches, measured from the label's top-left corner (y grows downwards).

export interface TextElement {
  kind: 'text';
  x: number;
  baseline: number;
  /** The font size (em height). */
  size: number;
  weight: FontWeight;
  /** Printable (labelText) and already fitted to its room. */
  text: string;
}

/** A filled rectangle: rules, box edges and barcode bars. */
export interface RectElement {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarcodeElement {
  kind: 'barcode';
  /** The encoded data, for printers that draw Code 128 themselves (ZPL). */
  data: string;
  x: number;
  y: number;
  height: number;
  /** The narrowest bar: a whole number of the label's dots, so bars land on the printer's grid. */
  moduleWidth: number;
  bars: RectElement[];
}

export type LayoutElement = TextElement | RectElement | BarcodeElement;

export interface LabelLayout {
  widthIn: number;
  lengthIn: number;
  dpi: number;
  elements: LayoutElement[];
}
