import { describe, expect, it } from 'vitest';
import { layoutLabel } from './label-layout';
import type { LabelAddress } from './label-content';
import type { LabelLayout, TextElement } from './layout-types';
import { labelContent, labelSpec } from './testing/label-fixtures';
import { ELLIPSIS, textWidthIn } from './text-metrics';

const texts = (layout: LabelLayout) => layout.elements.filter((e): e is TextElement => e.kind === 'text');
const barcodeOf = (layout: LabelLayout) => {
  const barcode = layout.elements.find((e) => e.kind === 'barcode');
  if (!barcode || barcode.kind !== 'barcode') throw new Error('no barcode');
  return barcode;
};

/** Every field of an address at the longest the request model allows. */
const longestAddress = (nameLetter: string): LabelAddress => ({
  name: nameLetter.repeat(50),
  companyName: 'C'.repeat(100),
  addressLine1: 'A'.repeat(60),
  addressLine2: 'B'.repeat(60),
  addressLine3: 'D'.repeat(60),
  city: 'Y'.repeat(60),
  stateOrRegion: 'S'.repeat(60),
  postalCode: 'P'.repeat(20),
  countryCode: 'GB',
});

const LONGEST = labelContent({
  packageClientReferenceId: 'R'.repeat(128),
  service: { id: 'SWA-UK-STD', name: 'Amazon Shipping Standard With A Much Longer Service Name Than Any We Offer' },
  shipFrom: longestAddress('M'),
  shipTo: longestAddress('W'),
  weight: { value: 999999.99, unit: 'KILOGRAM' },
});

describe('layoutLabel', () => {
  it.each([true, false])('keeps every text inside the margins with the longest fields allowed (OTP %s)', (otpRequired) => {
    const layout = layoutLabel({ ...LONGEST, otpRequired }, labelSpec('PDF'));
    for (const t of texts(layout)) {
      expect(t.x).toBeGreaterThanOrEqual(0.15);
      expect(t.x + textWidthIn(t.text, t.size, t.weight)).toBeLessThanOrEqual(3.85 + 1e-9);
      expect(t.baseline).toBeLessThanOrEqual(5.85);
    }
    expect(texts(layout).filter((t) => t.text.endsWith(ELLIPSIS)).length).toBeGreaterThanOrEqual(12);
  });

  it('keeps the recipient block above the rule under it when every line is present', () => {
    const layout = layoutLabel(LONGEST, labelSpec('PDF'));
    const shipTo = texts(layout).filter((t) => t.baseline > 1.2 && t.baseline < 3.4);
    expect(shipTo).toHaveLength(8);
    // The last line's descenders (about a fifth of its size) stay clear of the rule at 3.3 in.
    const last = shipTo.at(-1)!;
    expect(last.baseline + last.size * 0.25).toBeLessThan(3.3);
  });

  it('keeps the sender clear of the OTP box', () => {
    const layout = layoutLabel(LONGEST, labelSpec('PDF'));
    const sender = texts(layout).filter((t) => t.baseline < 1.17 && t.x < 1);
    expect(sender.length).toBeGreaterThan(5);
    for (const t of sender) expect(t.x + textWidthIn(t.text, t.size, t.weight)).toBeLessThan(2.62);
  });

  it('skips empty address lines instead of leaving gaps', () => {
    const layout = layoutLabel(labelContent(), labelSpec('PDF'));
    const [name, street] = texts(layout).filter((t) => t.text === 'Emma Wilson' || t.text === '10 High Street');
    expect(street!.baseline - name!.baseline).toBeCloseTo(0.24);
  });

  it.each([203, 300])('puts every bar of the barcode on the %i dpi dot grid', (dpi) => {
    const barcode = barcodeOf(layoutLabel(labelContent(), labelSpec('PNG', dpi)));
    const onGrid = (inches: number) => Math.abs(inches * dpi - Math.round(inches * dpi)) < 1e-6;
    expect(Math.round(barcode.moduleWidth * dpi)).toBeGreaterThanOrEqual(2);
    for (const bar of barcode.bars) {
      expect(onGrid(bar.x) && onGrid(bar.width)).toBe(true);
      expect(bar.x).toBeGreaterThanOrEqual(0.15);
      expect(bar.x + bar.width).toBeLessThanOrEqual(3.85);
    }
  });

  it('refuses a tracking id too long for a barcode on the label, and a size it was not drawn for', () => {
    expect(() => layoutLabel(labelContent({ trackingId: 'X'.repeat(80) }), labelSpec('PDF'))).toThrow(/too long/);
    expect(() => layoutLabel(labelContent(), { format: 'PDF', widthIn: 4, lengthIn: 4, dpi: 203 })).toThrow(/4×6/);
  });
});
