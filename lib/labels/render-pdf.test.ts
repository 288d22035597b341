import { describe, expect, it } from 'vitest';
import { renderLabel } from './index';
import { labelContent, labelSpec } from './testing/label-fixtures';
import { pdfFirstPage, pdfPageCount, pdfPixels, readCode128 } from './testing/label-readers';

describe('PDF labels', () => {
  it('open as one 4×6 in page whose barcode decodes to the tracking id', async () => {
    const label = await renderLabel(labelContent(), labelSpec('PDF'));
    expect(label).toMatchObject({ format: 'PDF', dpi: 203 });
    expect(await pdfPageCount(label.contents)).toBe(1);
    const page = await pdfFirstPage(label.contents);
    expect(page.widthIn).toBeCloseTo(4);
    expect(page.lengthIn).toBeCloseTo(6);
    expect(page.texts).toEqual(
      expect.arrayContaining(['Emma Wilson', 'SW1A 1AA GB', labelContent().service.name, 'SC004815162342', 'Ref ORDER-2026-000123-A']),
    );
    expect(page.texts).toContain('Ship date 1 May 2026');
    expect(page.texts).toContain('Weight 900 g');
    expect(readCode128(await pdfPixels(label.contents, 203))).toBe('SC004815162342');
  });

  it('decodes at 300 dpi too, and for another tracking id', async () => {
    const label = await renderLabel(labelContent({ trackingId: 'SC000000000017' }), labelSpec('PDF', 300));
    expect(label.dpi).toBe(300);
    expect(readCode128(await pdfPixels(label.contents, 300))).toBe('SC000000000017');
  });

  it('carries the OTP mark only when a passcode will be needed', async () => {
    const withOtp = await pdfFirstPage((await renderLabel(labelContent({ otpRequired: true }), labelSpec('PDF'))).contents);
    expect(withOtp.texts).toEqual(expect.arrayContaining(['OTP', 'Passcode required', 'at delivery']));
    const without = await pdfFirstPage((await renderLabel(labelContent({ otpRequired: false }), labelSpec('PDF'))).contents);
    expect(without.texts).not.toContain('OTP');
    expect(without.texts.join(' ')).not.toMatch(/passcode/i);
  });

  it('prints names in any script without failing: Latin-1 kept, the rest transliterated, emoji dropped', async () => {
    const shipTo = {
      ...labelContent().shipTo,
      name: 'Chloé Bernard 😀',
      companyName: 'श्री Traders',
      addressLine1: 'ul. Piotrkowska 1',
      city: 'Łódź',
    };
    const page = await pdfFirstPage((await renderLabel(labelContent({ shipTo }), labelSpec('PDF'))).contents);
    expect(page.texts).toEqual(expect.arrayContaining(['Chloé Bernard', 'sri Traders', 'Lódz, London']));
    expect(page.texts.join(' ')).not.toMatch(/\p{Extended_Pictographic}|\p{Script=Devanagari}|[Łź]/u);
  });

  it('shortens what does not fit with an ellipsis', async () => {
    const shipTo = { ...labelContent().shipTo, name: 'W'.repeat(50), addressLine1: 'Long Street '.repeat(5) };
    const page = await pdfFirstPage(
      (await renderLabel(labelContent({ shipTo, packageClientReferenceId: 'R'.repeat(128) }), labelSpec('PDF'))).contents,
    );
    const name = page.texts.find((t) => t.startsWith('WWW'));
    expect(name).toMatch(/^W+…$/);
    expect(name!.length).toBeLessThan(50);
    expect(page.texts.find((t) => t.startsWith('Ref '))).toMatch(/^Ref R+…$/);
  });
});
