import { CARRIER } from '../shipping/services';
import { MARKETPLACES } from '../otp/marketplaces';
import { code128 } from './code128';
import type { LabelContent } from './label-content';
import { addressLines, shipDateText, weightText } from './label-lines';
import { LABEL_SIZE, type LabelSpec } from './label-spec';
import { labelText } from './label-text';
import type { BarcodeElement, LabelLayout, LayoutElement, RectElement, TextElement } from './layout-types';
import { fitText, textWidthIn, type FontWeight } from './text-metrics';

// The 4×6 in label, top to bottom: sender and OTP mark, recipient, service facts, barcode, footer.
const MARGIN = 0.15;
const WIDTH = LABEL_SIZE.widthIn;
const CONTENT_WIDTH = WIDTH - 2 * MARGIN;
const RULE = 0.02;
const pt = (points: number) => points / 72;

const OTP_BOX = { x: 2.62, y: MARGIN, width: WIDTH - MARGIN - 2.62, height: 0.94, stroke: 0.04 };
const SENDER_WIDTH_BESIDE_OTP = OTP_BOX.x - 0.1 - MARGIN;
const RULES_AT = [1.17, 3.3, 4.02];
const BARCODE = { y: 4.17, height: 1, maxModule: 0.02, quietModules: 10 };

interface Line {
  text: string;
  size: number;
  weight: FontWeight;
  /** The distance from the previous line's baseline. */
  lead: number;
}

const line = (text: string, points: number, weight: FontWeight, lead: number): Line => ({ text, size: pt(points), weight, lead });

function text(value: string, x: number, baseline: number, size: number, weight: FontWeight, room: number): TextElement {
  return { kind: 'text', x, baseline, size, weight, text: fitText(value, size, weight, room) };
}

function centred(value: string, centre: number, baseline: number, size: number, weight: FontWeight, room: number): TextElement {
  const fitted = fitText(value, size, weight, room);
  return { kind: 'text', x: centre - textWidthIn(fitted, size, weight) / 2, baseline, size, weight, text: fitted };
}

/** Lines stacked from `baseline`, each fitted to `room`; empty ones take no space. */
function stack(lines: Line[], x: number, baseline: number, room: number): TextElement[] {
  const out: TextElement[] = [];
  let at = baseline;
  for (const l of lines) {
    if (!l.text) continue;
    at += out.length === 0 ? 0 : l.lead;
    out.push(text(l.text, x, at, l.size, l.weight, room));
  }
  return out;
}

const rect = (x: number, y: number, width: number, height: number): RectElement => ({ kind: 'rect', x, y, width, height });

function sender(content: LabelContent): LayoutElement[] {
  const from = addressLines(content.shipFrom);
  const room = content.otpRequired ? SENDER_WIDTH_BESIDE_OTP : CONTENT_WIDTH;
  const lead = 0.13;
  return [
    text('FROM', MARGIN, 0.28, pt(7), 'bold', room),
    ...stack(
      [
        line(from.name, 8, 'bold', lead),
        line(from.company, 8, 'regular', lead),
        line(from.street[0] ?? '', 8, 'regular', lead),
        line(from.street.slice(1).join(', '), 8, 'regular', lead),
        line(from.locality, 8, 'regular', lead),
        line(from.postal, 8, 'regular', lead),
      ],
      MARGIN,
      0.42,
      room,
    ),
  ];
}

function otpMark(): LayoutElement[] {
  const { x, y, width, height, stroke } = OTP_BOX;
  const centre = x + width / 2;
  const room = width - 2 * stroke - 0.06;
  return [
    rect(x, y, width, stroke),
    rect(x, y + height - stroke, width, stroke),
    rect(x, y, stroke, height),
    rect(x + width - stroke, y, stroke, height),
    centred('OTP', centre, y + 0.48, pt(32), 'bold', room),
    centred('Passcode required', centre, y + 0.69, pt(8), 'bold', room),
    centred('at delivery', centre, y + 0.82, pt(8), 'bold', room),
  ];
}

function recipient(content: LabelContent): LayoutElement[] {
  const to = addressLines(content.shipTo);
  return [
    text('SHIP TO', MARGIN, 1.36, pt(9), 'bold', CONTENT_WIDTH),
    ...stack(
      [
        line(to.name, 18, 'bold', 0.3),
        line(to.company, 13, 'regular', 0.24),
        ...to.street.map((street) => line(street, 13, 'regular', 0.24)),
        line(to.locality, 13, 'regular', 0.24),
        line(to.postal, 18, 'bold', 0.3),
      ],
      MARGIN,
      1.66,
      CONTENT_WIDTH,
    ),
  ];
}

function serviceFacts(content: LabelContent): LayoutElement[] {
  const half = CONTENT_WIDTH / 2;
  return [
    text(labelText(content.service.name), MARGIN, 3.52, pt(12), 'bold', CONTENT_WIDTH),
    text(`Ship date ${shipDateText(content.shipDate, content.marketplace)}`, MARGIN, 3.72, pt(9), 'regular', half - 0.05),
    text(`Weight ${weightText(content.weight)}`, MARGIN + half, 3.72, pt(9), 'regular', half),
    text(`Ref ${labelText(content.packageClientReferenceId)}`, MARGIN, 3.9, pt(9), 'regular', CONTENT_WIDTH),
  ];
}

/** The tracking id's Code 128, as wide as fits (up to 0.02 in a module), its bars on the printer's dot grid. */
function barcode(trackingId: string, dpi: number): LayoutElement[] {
  const symbol = code128(trackingId);
  const dots = Math.min(
    Math.floor(BARCODE.maxModule * dpi),
    Math.floor((CONTENT_WIDTH * dpi) / symbol.modules),
    Math.floor((WIDTH * dpi) / (symbol.modules + 2 * BARCODE.quietModules)),
  );
  if (dots < 1) throw new Error(`The tracking id ${trackingId} is too long for a Code 128 barcode on a 4 in label.`);
  const moduleWidth = dots / dpi;
  const x = Math.round(((WIDTH - symbol.modules * moduleWidth) / 2) * dpi) / dpi;
  const element: BarcodeElement = {
    kind: 'barcode',
    data: trackingId,
    x,
    y: BARCODE.y,
    height: BARCODE.height,
    moduleWidth,
    bars: symbol.bars.map((bar) => rect(x + bar.start * moduleWidth, BARCODE.y, bar.width * moduleWidth, BARCODE.height)),
  };
  return [element, centred(labelText(trackingId), WIDTH / 2, BARCODE.y + BARCODE.height + 0.25, pt(14), 'bold', CONTENT_WIDTH)];
}

function footer(content: LabelContent): LayoutElement[] {
  return [text(`${CARRIER.name} · ${MARKETPLACES[content.marketplace].name}`, MARGIN, 5.78, pt(7), 'regular', CONTENT_WIDTH)];
}

/** Where everything goes on the label, in inches; each format's renderer only draws it. */
export function layoutLabel(content: LabelContent, spec: LabelSpec): LabelLayout {
  if (spec.widthIn !== LABEL_SIZE.widthIn || spec.lengthIn !== LABEL_SIZE.lengthIn) {
    throw new Error(`The label layout is drawn for 4×6 in, not ${spec.widthIn}×${spec.lengthIn} in.`);
  }
  return {
    widthIn: spec.widthIn,
    lengthIn: spec.lengthIn,
    dpi: spec.dpi,
    elements: [
      ...sender(content),
      ...(content.otpRequired ? otpMark() : []),
      ...RULES_AT.map((y) => rect(MARGIN, y, CONTENT_WIDTH, RULE)),
      ...recipient(content),
      ...serviceFacts(content),
      ...barcode(content.trackingId, spec.dpi),
      ...footer(content),
    ],
  };
}
